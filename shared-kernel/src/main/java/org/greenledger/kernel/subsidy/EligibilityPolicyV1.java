package org.greenledger.kernel.subsidy;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.kernel.greenlist.ListCategory;

/**
 * The rules a funding office applies (DOMAIN: eligibility): registered in the city, not on the
 * dishonesty list, a recent energy audit for key energy users where the rule set asks for one, no
 * "两高" project where excluded, on the green list where required, not barred after a clawback for
 * fraud, no other live application for the same project. Released; never edit it.
 */
final class EligibilityPolicyV1 implements EligibilityPolicy {

    static final String VERSION = "eligibility-v1";

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public EligibilityAssessment assess(EligibilityFacts facts, EligibilityRules rules, ProjectCategory category) {
        List<CriterionResult> results = new ArrayList<>();
        results.add(facts.registered()
                ? met(Criterion.REGISTERED, "registered in the enterprise registry")
                : unmet(Criterion.REGISTERED, "not registered in the enterprise registry"));
        results.add(facts.dishonest()
                ? unmet(Criterion.NOT_DISHONEST, "on the dishonesty (失信) list")
                : met(Criterion.NOT_DISHONEST, "not on the dishonesty (失信) list"));
        results.add(energyAudit(facts, rules));
        if (!rules.twoHighExcluded()) {
            results.add(met(Criterion.NOT_TWO_HIGH, "the rule set does not exclude 两高 projects"));
        } else {
            results.add(category.twoHigh()
                    ? unmet(Criterion.NOT_TWO_HIGH, category + " is a 两高 project, which the rule set excludes")
                    : met(Criterion.NOT_TWO_HIGH, category + " is not a 两高 project"));
        }
        results.add(greenList(facts, rules));
        results.add(facts.barredUntil() != null && !facts.asOf().isAfter(facts.barredUntil())
                ? unmet(Criterion.NOT_BARRED, "barred from applying until " + facts.barredUntil() + " after a clawback for fraud")
                : met(Criterion.NOT_BARRED, "not barred from applying"));
        results.add(facts.otherLiveApplications().isEmpty()
                ? met(Criterion.NO_OTHER_LIVE_APPLICATION, "no other live application for the same project")
                : unmet(Criterion.NO_OTHER_LIVE_APPLICATION, "the same project is already in application "
                        + String.join(", ", facts.otherLiveApplications().stream().map(ApplicationId::value).toList())));
        return new EligibilityAssessment(VERSION, results.stream().allMatch(CriterionResult::met), results);
    }

    private static CriterionResult energyAudit(EligibilityFacts facts, EligibilityRules rules) {
        Integer years = rules.energyAuditWithinYears();
        if (years == null) {
            return met(Criterion.ENERGY_AUDIT, "the rule set requires no energy audit");
        }
        if (!facts.keyEnergyUser()) {
            return met(Criterion.ENERGY_AUDIT, "not a key energy user, so no energy audit is required");
        }
        if (facts.lastEnergyAudit() == null) {
            return unmet(Criterion.ENERGY_AUDIT, "a key energy user with no energy audit on record; one within "
                    + years + " years is required");
        }
        boolean recent = !facts.lastEnergyAudit().isBefore(facts.asOf().minusYears(years));
        return recent
                ? met(Criterion.ENERGY_AUDIT, "energy audit of " + facts.lastEnergyAudit() + " is within " + years + " years")
                : unmet(Criterion.ENERGY_AUDIT, "the latest energy audit, of " + facts.lastEnergyAudit()
                        + ", is older than " + years + " years");
    }

    private static CriterionResult greenList(EligibilityFacts facts, EligibilityRules rules) {
        if (!rules.greenListRequired()) {
            return met(Criterion.ON_GREEN_LIST, "the rule set does not require a green-list entry");
        }
        boolean listed = rules.greenListCategories().isEmpty()
                ? !facts.listedCategories().isEmpty()
                : facts.listedCategories().stream().anyMatch(rules.greenListCategories()::contains);
        String wanted = rules.greenListCategories().isEmpty() ? "any category"
                : String.join(" or ", rules.greenListCategories().stream().sorted().map(ListCategory::name).toList());
        String has = facts.listedCategories().isEmpty() ? "none"
                : String.join(", ", facts.listedCategories().stream().sorted().map(ListCategory::name).toList());
        return listed
                ? met(Criterion.ON_GREEN_LIST, "on the green list in " + has + " (required: " + wanted + ")")
                : unmet(Criterion.ON_GREEN_LIST, "a green-list entry in " + wanted + " is required; listed in " + has);
    }

    private static CriterionResult met(Criterion criterion, String reason) {
        return new CriterionResult(criterion, true, reason);
    }

    private static CriterionResult unmet(Criterion criterion, String reason) {
        return new CriterionResult(criterion, false, reason);
    }
}
