package org.greenledger.contracts.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * Register an enterprise in the city's registry, by the enterprise itself or by an official.
 * A USCC is registered once.
 *
 * @param uscc          the enterprise's Unified Social Credit Code
 * @param name          its registered name, 1-200 characters
 * @param divisionCode  where it is registered (GB/T 2260)
 * @param industryCode  its industry (GB/T 4754)
 * @param keyEnergyUser whether it is a key energy user (重点用能单位), who must do energy audits
 */
public record RegisterEnterprise(
        @TargetAggregateIdentifier Uscc uscc, String name, DivisionCode divisionCode,
        IndustryCode industryCode, boolean keyEnergyUser) {
}
