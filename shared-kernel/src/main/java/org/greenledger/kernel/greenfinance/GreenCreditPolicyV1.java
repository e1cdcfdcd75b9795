package org.greenledger.kernel.greenfinance;

import java.util.ArrayList;
import java.util.List;
import org.greenledger.kernel.quantity.Money;

/**
 * The city's green-credit rules as of issue 7: registered; at least one green-list entry LISTED now;
 * the project category in the catalogue version in force; not on the dishonesty list; for a key
 * energy user, an energy audit within the last {@value #AUDIT_YEARS} years; no clawback with money
 * outstanding. Subsidies granted are listed for the bank and never refuse. Released; never edit it.
 */
final class GreenCreditPolicyV1 implements GreenCreditPolicy {

    static final String VERSION = "green-credit-v1";
    static final int AUDIT_YEARS = 3;

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public GreenCreditAssessment assess(GreenCreditFacts facts) {
        List<GreenCreditResult> results = new ArrayList<>();
        results.add(facts.registered()
                ? met(GreenCreditCriterion.REGISTERED, "registered in the enterprise registry")
                : unmet(GreenCreditCriterion.REGISTERED, "not registered in the enterprise registry"));
        results.add(greenList(facts));
        results.add(category(facts));
        results.add(facts.dishonest()
                ? unmet(GreenCreditCriterion.NOT_DISHONEST, "on the dishonesty (失信) list")
                : met(GreenCreditCriterion.NOT_DISHONEST, "not on the dishonesty (失信) list"));
        results.add(energyAudit(facts));
        results.add(grants(facts));
        results.add(clawbacks(facts));
        return new GreenCreditAssessment(VERSION, results.stream().allMatch(GreenCreditResult::met), results);
    }

    private static GreenCreditResult greenList(GreenCreditFacts facts) {
        List<String> listed = facts.entries().stream().filter(entry -> "LISTED".equals(entry.status()))
                .map(entry -> entry.category() + " (entry " + entry.entryId() + ")").toList();
        String others = facts.entries().stream().filter(entry -> !"LISTED".equals(entry.status()))
                .map(entry -> entry.category() + " " + entry.status()).reduce((a, b) -> a + ", " + b).orElse("");
        String also = others.isEmpty() ? "" : "; also " + others;
        if (listed.isEmpty()) {
            return unmet(GreenCreditCriterion.ON_GREEN_LIST, "no entry on the green list now" + also);
        }
        return met(GreenCreditCriterion.ON_GREEN_LIST, "listed: " + String.join(", ", listed) + also);
    }

    private static GreenCreditResult category(GreenCreditFacts facts) {
        GreenCatalogue catalogue = GreenCatalogues.version(facts.catalogue());
        return catalogue.category(facts.category())
                .map(title -> met(GreenCreditCriterion.CATEGORY_IN_CATALOGUE, facts.category() + " " + title + " is in "
                        + catalogue.version() + " (" + catalogue.title() + ")"))
                .orElseGet(() -> unmet(GreenCreditCriterion.CATEGORY_IN_CATALOGUE, "category " + facts.category()
                        + " is not in " + catalogue.version() + " (" + catalogue.title() + ")"));
    }

    private static GreenCreditResult energyAudit(GreenCreditFacts facts) {
        if (!facts.keyEnergyUser()) {
            return met(GreenCreditCriterion.ENERGY_AUDIT, "not a key energy user, so no energy audit is required");
        }
        if (facts.lastEnergyAudit() == null) {
            return unmet(GreenCreditCriterion.ENERGY_AUDIT, "a key energy user with no energy audit on record; one within "
                    + AUDIT_YEARS + " years is required");
        }
        return facts.lastEnergyAudit().isBefore(facts.asOf().minusYears(AUDIT_YEARS))
                ? unmet(GreenCreditCriterion.ENERGY_AUDIT, "the latest energy audit, of " + facts.lastEnergyAudit()
                        + ", is older than " + AUDIT_YEARS + " years")
                : met(GreenCreditCriterion.ENERGY_AUDIT, "energy audit of " + facts.lastEnergyAudit() + " is within "
                        + AUDIT_YEARS + " years");
    }

    private static GreenCreditResult grants(GreenCreditFacts facts) {
        if (facts.grants().isEmpty()) {
            return met(GreenCreditCriterion.SUBSIDIES_GRANTED, "no subsidy granted");
        }
        Money total = facts.grants().stream().map(GreenCreditFacts.Grant::amount).reduce(Money.ZERO, Money::plus);
        return met(GreenCreditCriterion.SUBSIDIES_GRANTED, facts.grants().size() + " subsidy grant(s), "
                + total.toYuan() + " CNY in all");
    }

    private static GreenCreditResult clawbacks(GreenCreditFacts facts) {
        if (facts.openClawbacks().isEmpty()) {
            return met(GreenCreditCriterion.NO_OPEN_CLAWBACK, "no clawback outstanding");
        }
        Money total = facts.openClawbacks().stream().map(GreenCreditFacts.OpenClawback::outstanding)
                .reduce(Money.ZERO, Money::plus);
        return unmet(GreenCreditCriterion.NO_OPEN_CLAWBACK, facts.openClawbacks().size() + " clawback(s) with "
                + total.toYuan() + " CNY still to repay");
    }

    private static GreenCreditResult met(GreenCreditCriterion criterion, String reason) {
        return new GreenCreditResult(criterion, true, reason);
    }

    private static GreenCreditResult unmet(GreenCreditCriterion criterion, String reason) {
        return new GreenCreditResult(criterion, false, reason);
    }
}
