package org.greenledger.contracts.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * Replace a registered enterprise's profile with the one given. A profile equal to the current
 * one changes nothing and records nothing.
 *
 * @param uscc          the enterprise
 * @param name          its registered name, 1-200 characters
 * @param divisionCode  where it is registered (GB/T 2260)
 * @param industryCode  its industry (GB/T 4754)
 * @param keyEnergyUser whether it is a key energy user (重点用能单位)
 */
public record ChangeProfile(
        @TargetAggregateIdentifier Uscc uscc, String name, DivisionCode divisionCode,
        IndustryCode industryCode, boolean keyEnergyUser) {
}
