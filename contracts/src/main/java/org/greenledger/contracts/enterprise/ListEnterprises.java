package org.greenledger.contracts.enterprise;

import org.greenledger.kernel.enterprise.DivisionCode;

/**
 * Which enterprises match? Answered with an {@link EnterprisePage} ordered by USCC. Every
 * criterion is optional ({@code null} matches all).
 *
 * @param namePrefix    the name starts with this text
 * @param divisionCode  registered in this division
 * @param keyEnergyUser key energy user or not
 * @param page          zero-based page number
 * @param size          page size, 1-100
 */
public record ListEnterprises(String namePrefix, DivisionCode divisionCode, Boolean keyEnergyUser, int page, int size) {
}
