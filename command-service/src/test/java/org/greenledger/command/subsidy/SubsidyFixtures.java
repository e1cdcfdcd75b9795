package org.greenledger.command.subsidy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenledger.contracts.subsidy.ApplicationAccepted;
import org.greenledger.contracts.subsidy.ApplicationApproved;
import org.greenledger.contracts.subsidy.ApplicationGranted;
import org.greenledger.contracts.subsidy.PublicNoticeOpened;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationScored;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ExpertsAssigned;
import org.greenledger.contracts.subsidy.ProjectDetails;
import org.greenledger.contracts.subsidy.ReviewScore;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Co2Tonnes;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityPolicies;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.ProjectCategory;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;
import org.greenledger.kernel.subsidy.TrancheRelease;

/**
 * Test data: the 2026 energy-saving retrofit programme, open 1 June to 31 July 2026, 50,000,000
 * CNY, rules of the real shape (2,000 CNY per tce, at most 30% of investment, at most 10,000,000
 * CNY a project; green factories only, energy audit within 3 years, no 两高 projects). A Baoshan
 * steel works applies with a 20,000,000 CNY waste-heat project saving 1,250.5 tce a year. "Now"
 * is 30 June 2026 in Shanghai.
 */
final class SubsidyFixtures {

    static final ProgrammeId PROGRAMME = ProgrammeId.of("6f1c1a2e-0d4b-4c59-9a57-1e0b7b3f2a10");
    static final ApplicationId APPLICATION = ApplicationId.of("2b9d6f4e-7a1c-4e3b-8f20-5c6d7e8f9a01");
    static final ApplicationId EARLIER_APPLICATION = ApplicationId.of("8c7b6a59-4e3d-4c2b-9a18-0f1e2d3c4b5a");
    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc OTHER = Uscc.of("9131000013221158XC");
    static final ExpertId WANG = ExpertId.of("expert-wang");
    static final ExpertId LI = ExpertId.of("expert-li");
    static final ExpertId ZHAO = ExpertId.of("expert-zhao");
    static final ExpertId CHEN = ExpertId.of("expert-chen");
    /** Worked for the applicant. */
    static final ExpertId SUN = ExpertId.of("expert-sun");
    static final ExpertId UNKNOWN_EXPERT = ExpertId.of("expert-nobody");
    static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-06-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    static final LocalDate OPENS = LocalDate.of(2026, 6, 1);
    static final LocalDate CLOSES = LocalDate.of(2026, 7, 31);
    static final Money BUDGET = Money.ofYuan("50000000");
    static final EligibilityRules ELIGIBILITY = new EligibilityRules(true, Set.of(ListCategory.GREEN_FACTORY), 3, true);
    static final AmountRules AMOUNTS = new AmountRules(Money.ofYuan("2000"), Percent.of("30"), Money.ofYuan("10000000"));
    static final RuleSet RULES_1 = new RuleSet(1, ELIGIBILITY, AMOUNTS);
    static final RuleSet RULES_2 = new RuleSet(2, ELIGIBILITY, new AmountRules(Money.ofYuan("1500"), Percent.of("20"),
            Money.ofYuan("8000000")));
    static final ProjectDetails PROJECT = new ProjectDetails("高炉煤气余热发电改造", "以高炉煤气余热发电替代外购电",
            Money.ofYuan("20000000"), Tce.of("1250.5"), Co2Tonnes.of("3120.25"), ProjectCategory.ENERGY_SAVING_RETROFIT,
            List.of("可研报告 FS-2026-017", "节能评估 EA-2026-004"));
    static final EligibilityFacts FACTS = new EligibilityFacts(true, false, true, LocalDate.of(2024, 5, 1),
            Set.of(ListCategory.GREEN_FACTORY), null, List.of(), TODAY, 41);
    /** 60% on grant, 40% on a passed acceptance check. */
    static final List<Tranche> TRANCHES = List.of(new Tranche(Percent.of("60"), TrancheRelease.ON_GRANT),
            new Tranche(Percent.of("40"), TrancheRelease.ON_ACCEPTANCE));
    static final List<ReviewScore> SCORES = List.of(new ReviewScore("技术可行性", 88), new ReviewScore("节能效果", 92));

    static final ExpertRecords ROSTER = expert -> {
        if (expert.equals(SUN)) {
            return Optional.of(new ExpertRecords.OnRoster("孙工", Set.of(OTHER, STEEL)));
        }
        if (Set.of(WANG, LI, ZHAO, CHEN).contains(expert)) {
            return Optional.of(new ExpertRecords.OnRoster(expert.value(), Set.of(OTHER)));
        }
        return Optional.empty();
    };

    private SubsidyFixtures() {
    }

    /** The programme as the application's handlers see it, with its budget guarded like the real one. */
    static final class FakeProgrammes implements Programmes {

        static final int NOTICE_DAYS = 7;

        final List<Money> reserved = new ArrayList<>();
        final List<ApplicationId> released = new ArrayList<>();
        final List<ApplicationId> granted = new ArrayList<>();
        final List<String> reductions = new ArrayList<>();
        private final Map<Integer, RuleSet> ruleSets;
        private final int currentVersion;
        private Direction direction = Direction.ENERGY_SAVING_RETROFIT;
        private Money remaining;

        FakeProgrammes(Money remaining, RuleSet... ruleSets) {
            this.remaining = remaining;
            this.ruleSets = Arrays.stream(ruleSets).collect(Collectors.toMap(RuleSet::version, r -> r));
            this.currentVersion = ruleSets[ruleSets.length - 1].version();
        }

        static FakeProgrammes withBudget() {
            return new FakeProgrammes(BUDGET, RULES_1);
        }

        /** An interest-subsidy (贴息) programme under {@code rules}. */
        static FakeProgrammes interestSubsidy(RuleSet rules) {
            FakeProgrammes programme = new FakeProgrammes(BUDGET, rules);
            programme.direction = Direction.INTEREST_SUBSIDY;
            return programme;
        }

        @Override
        public Optional<ProgrammeTerms> find(ProgrammeId id) {
            if (!id.equals(PROGRAMME)) {
                return Optional.empty();
            }
            return Optional.of(new ProgrammeTerms(PROGRAMME, direction, OPENS, CLOSES, NOTICE_DAYS,
                    TRANCHES, currentVersion,
                    ruleSets, remaining));
        }

        @Override
        public void reserve(ProgrammeId id, ApplicationId application, Money amount) {
            if (amount.exceeds(remaining)) {
                throw new Refused("subsidy.budget-exhausted", "only " + remaining + " left");
            }
            remaining = remaining.minus(amount);
            reserved.add(amount);
        }

        @Override
        public void release(ProgrammeId id, ApplicationId application) {
            released.add(application);
        }

        @Override
        public void grant(ProgrammeId id, ApplicationId application) {
            granted.add(application);
        }

        @Override
        public void reduceGrant(ProgrammeId id, ApplicationId application, Money amount, String why) {
            reductions.add(why + " " + amount);
        }
    }

    /** Pins the facts and remembers what they were asked for. */
    static final class FakeFacts implements ApplicantFacts {

        EligibilityFacts facts = FACTS;
        String askedFor;

        @Override
        public EligibilityFacts of(Uscc applicant, String projectKey, ApplicationId self, LocalDate today) {
            askedFor = applicant + "|" + projectKey + "|" + self + "|" + today;
            return facts;
        }
    }

    static ApplicationDrafted drafted() {
        return new ApplicationDrafted(APPLICATION, PROGRAMME, STEEL, PROJECT, EARLIER);
    }

    static ApplicationSubmitted submitted() {
        return new ApplicationSubmitted(APPLICATION, PROGRAMME, STEEL, 1, EARLIER);
    }

    static ApplicationAccepted accepted() {
        return new ApplicationAccepted(APPLICATION, 1, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT,
                EligibilityPolicies.current().assess(FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT), EARLIER);
    }

    static ExpertsAssigned assigned(ExpertId... experts) {
        return new ExpertsAssigned(APPLICATION, List.of(experts), EARLIER);
    }

    static ApplicationScored scored(ExpertId expert) {
        return new ApplicationScored(APPLICATION, expert, SCORES, "节能量测算可信", EARLIER);
    }

    static final LocalDate NOTICE_LAST_DAY = TODAY.plusDays(FakeProgrammes.NOTICE_DAYS);

    /** Approved on 10 June for the computed 2,501,000 CNY, on notice until 17 June. */
    static Object[] approved() {
        AmountInputs inputs = new AmountInputs(PROJECT.eligibleInvestment(), PROJECT.annualSaving(), AMOUNTS, BUDGET);
        Object[] reviewed = reviewed();
        Object[] events = Arrays.copyOf(reviewed, reviewed.length + 2);
        events[reviewed.length] = new ApplicationApproved(APPLICATION, PROGRAMME, 1, FACTS, ELIGIBILITY,
                ProjectCategory.ENERGY_SAVING_RETROFIT, accepted().eligibility(), inputs, AmountPolicies.current().decide(inputs),
                Money.ofYuan("2501000"), null, List.of("专家评审通过"), EARLIER);
        events[reviewed.length + 1] = new PublicNoticeOpened(APPLICATION, LocalDate.of(2026, 6, 17), EARLIER);
        return events;
    }

    /** Approved, and granted on 18 June when its notice ended. */
    static Object[] granted() {
        Object[] approved = approved();
        Object[] events = Arrays.copyOf(approved, approved.length + 1);
        events[approved.length] = new ApplicationGranted(APPLICATION, PROGRAMME, Money.ofYuan("2501000"), EARLIER);
        return events;
    }

    /** Drafted, submitted, accepted, three experts assigned and all three scores in. */
    static Object[] reviewed() {
        return new Object[] {drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO), scored(WANG), scored(LI), scored(ZHAO)};
    }
}
