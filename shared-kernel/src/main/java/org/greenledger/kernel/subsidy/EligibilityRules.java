package org.greenledger.kernel.subsidy;

import java.util.EnumSet;
import java.util.Set;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenlist.ListCategory;

/**
 * The eligibility switches of a rule set.
 *
 * @param greenListRequired      whether the applicant must be on the green-manufacturing list
 * @param greenListCategories    the categories that count when it must; empty means any category
 * @param energyAuditWithinYears for key energy users (重点用能单位), an energy audit no older than this
 *                               many years (1-10) is required; {@code null} requires none
 * @param twoHighExcluded        whether "两高" projects are excluded
 */
public record EligibilityRules(boolean greenListRequired, Set<ListCategory> greenListCategories,
                               Integer energyAuditWithinYears, boolean twoHighExcluded) {

    public static final int MAX_AUDIT_YEARS = 10;

    public EligibilityRules {
        greenListCategories = greenListCategories == null || greenListCategories.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(greenListCategories));
        if (!greenListRequired && !greenListCategories.isEmpty()) {
            throw new InvalidInput("rules.categories-without-listing", "greenListCategories",
                    "Green-list categories only apply when a green-list entry is required.");
        }
        if (energyAuditWithinYears != null && (energyAuditWithinYears < 1 || energyAuditWithinYears > MAX_AUDIT_YEARS)) {
            throw new InvalidInput("rules.audit-years-range", "energyAuditWithinYears",
                    "An energy audit is required within 1-" + MAX_AUDIT_YEARS + " years; " + energyAuditWithinYears
                            + " is outside that.");
        }
    }
}
