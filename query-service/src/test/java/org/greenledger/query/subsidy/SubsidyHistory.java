package org.greenledger.query.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.subsidy.ApplicationAccepted;
import org.greenledger.contracts.subsidy.ApplicationApproved;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationRejected;
import org.greenledger.contracts.subsidy.ApplicationScored;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ExpertsAssigned;
import org.greenledger.contracts.subsidy.FundsReserved;
import org.greenledger.contracts.subsidy.ProgrammeOpened;
import org.greenledger.contracts.subsidy.ProjectDetails;
import org.greenledger.contracts.subsidy.ReviewScore;
import org.greenledger.contracts.subsidy.RuleSetPublished;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Co2Tonnes;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.EligibilityAssessment;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityPolicies;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.ProjectCategory;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;
import org.greenledger.kernel.subsidy.TrancheRelease;
import org.greenledger.platform.messaging.MetaDataKeys;

/**
 * A small history of the subsidy flow: the 2026 energy-saving programme (50,000,000 CNY), rule
 * set 2 published, a steel works' application approved for 2,501,000 CNY after three reviews, and
 * a chemicals firm's application rejected after the same three. Each event with the metadata its
 * command would have stamped.
 */
public final class SubsidyHistory {

    static final ProgrammeId PROGRAMME = ProgrammeId.of("6f1c1a2e-0d4b-4c59-9a57-1e0b7b3f2a10");
    static final ApplicationId STEEL_APPLICATION = ApplicationId.of("2b9d6f4e-7a1c-4e3b-8f20-5c6d7e8f9a01");
    static final ApplicationId CHEMICALS_APPLICATION = ApplicationId.of("8c7b6a59-4e3d-4c2b-9a18-0f1e2d3c4b5a");
    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc CHEMICALS = Uscc.of("9131000013221158XC");
    static final ExpertId WANG = ExpertId.of("expert-wang");
    static final ExpertId LI = ExpertId.of("expert-li");
    static final ExpertId ZHAO = ExpertId.of("expert-zhao");
    static final ExpertId OUTSIDER = ExpertId.of("expert-outsider");
    static final Money BUDGET = Money.ofYuan("50000000");
    static final EligibilityRules ELIGIBILITY = new EligibilityRules(true, Set.of(ListCategory.GREEN_FACTORY), 3, true);
    static final AmountRules AMOUNTS = new AmountRules(Money.ofYuan("2000"), Percent.of("30"), Money.ofYuan("10000000"));
    static final RuleSet RULES_1 = new RuleSet(1, ELIGIBILITY, AMOUNTS);
    static final RuleSet RULES_2 = new RuleSet(2, ELIGIBILITY, new AmountRules(Money.ofYuan("1500"), null, null));
    static final ProjectDetails PROJECT = new ProjectDetails("高炉煤气余热发电改造", "以余热发电替代外购电", Money.ofYuan("20000000"),
            Tce.of("1250.5"), Co2Tonnes.of("3120.25"), ProjectCategory.ENERGY_SAVING_RETROFIT, List.of("FS-2026-017"));
    static final EligibilityFacts FACTS = new EligibilityFacts(true, false, true, LocalDate.of(2024, 5, 1),
            Set.of(ListCategory.GREEN_FACTORY), null, List.of(), LocalDate.of(2026, 6, 30), 7);
    static final EligibilityAssessment ELIGIBLE = EligibilityPolicies.current().assess(FACTS, ELIGIBILITY,
            ProjectCategory.ENERGY_SAVING_RETROFIT);
    static final AmountInputs INPUTS = new AmountInputs(PROJECT.eligibleInvestment(), PROJECT.annualSaving(), AMOUNTS, BUDGET);
    static final Money AMOUNT = Money.ofYuan("2501000");
    static final MetaData OFFICIAL = by("official-zhang", "OFFICIAL");

    /** An event and the aggregate it belongs to. */
    public record Step(String aggregateType, String aggregateId, Object event, MetaData metaData) {
    }

    public static List<Step> steps() {
        return List.of(
                programme(new ProgrammeOpened(PROGRAMME, 2026, Direction.ENERGY_SAVING_RETROFIT, "2026年度节能技术改造专项",
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 31), BUDGET, List.of(
                        new Tranche(Percent.of("60"), TrancheRelease.ON_GRANT), new Tranche(Percent.of("40"),
                                TrancheRelease.ON_ACCEPTANCE)), 7, RULES_1, at(1))),
                application(STEEL_APPLICATION, new ApplicationDrafted(STEEL_APPLICATION, PROGRAMME, STEEL, PROJECT, at(2)),
                        by(STEEL.value(), "ENTERPRISE")),
                application(STEEL_APPLICATION, new ApplicationSubmitted(STEEL_APPLICATION, PROGRAMME, STEEL, 1, at(3)),
                        by(STEEL.value(), "ENTERPRISE")),
                application(CHEMICALS_APPLICATION, new ApplicationDrafted(CHEMICALS_APPLICATION, PROGRAMME, CHEMICALS, PROJECT,
                        at(3)), by(CHEMICALS.value(), "ENTERPRISE")),
                application(CHEMICALS_APPLICATION, new ApplicationSubmitted(CHEMICALS_APPLICATION, PROGRAMME, CHEMICALS, 1, at(3)),
                        by(CHEMICALS.value(), "ENTERPRISE")),
                programme(new RuleSetPublished(PROGRAMME, RULES_2, "下调补助标准", at(4))),
                application(STEEL_APPLICATION, new ApplicationAccepted(STEEL_APPLICATION, 1, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT, ELIGIBLE, at(5)), OFFICIAL),
                application(CHEMICALS_APPLICATION, new ApplicationAccepted(CHEMICALS_APPLICATION, 1, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT, ELIGIBLE, at(5)),
                        OFFICIAL),
                application(STEEL_APPLICATION, new ExpertsAssigned(STEEL_APPLICATION, List.of(WANG, LI, ZHAO), at(6)), OFFICIAL),
                application(CHEMICALS_APPLICATION, new ExpertsAssigned(CHEMICALS_APPLICATION, List.of(WANG, LI, ZHAO), at(6)),
                        OFFICIAL),
                scored(STEEL_APPLICATION, WANG, 88), scored(STEEL_APPLICATION, LI, 91), scored(STEEL_APPLICATION, ZHAO, 79),
                scored(CHEMICALS_APPLICATION, WANG, 55), scored(CHEMICALS_APPLICATION, LI, 61),
                application(STEEL_APPLICATION, new ApplicationApproved(STEEL_APPLICATION, PROGRAMME, 1, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT, ELIGIBLE, INPUTS,
                        AmountPolicies.current().decide(INPUTS), AMOUNT, null, List.of("专家评审通过"), at(8)), OFFICIAL),
                programme(new FundsReserved(PROGRAMME, STEEL_APPLICATION, AMOUNT, BUDGET.minus(AMOUNT), at(8))),
                scored(CHEMICALS_APPLICATION, ZHAO, 58),
                application(CHEMICALS_APPLICATION, new ApplicationRejected(CHEMICALS_APPLICATION, List.of("节能量依据不足"), at(9)),
                        OFFICIAL));
    }

    private static Step scored(ApplicationId application, ExpertId expert, int points) {
        return application(application, new ApplicationScored(application, expert, List.of(new ReviewScore("节能效果", points)),
                "意见" + points, at(7)), by(expert.value(), "EXPERT"));
    }

    private static Step programme(Object event) {
        return new Step("Programme", PROGRAMME.value(), event, OFFICIAL);
    }

    private static Step application(ApplicationId id, Object event, MetaData metaData) {
        return new Step("Application", id.value(), event, metaData);
    }

    static MetaData by(String subject, String role) {
        return MetaData.with(MetaDataKeys.SUBJECT, subject).and(MetaDataKeys.ROLE, role);
    }

    static Instant at(int day) {
        return Instant.parse("2026-06-01T02:00:00Z").plusSeconds(86_400L * day);
    }

    private SubsidyHistory() {
    }
}
