package org.greenledger.contracts.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityPolicies;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.ProjectCategory;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;
import org.greenledger.kernel.subsidy.TrancheRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SubsidyEventJsonTest {

    private static final ProgrammeId PROGRAMME = ProgrammeId.of("6f1c1a2e-0d4b-4c59-9a57-1e0b7b3f2a10");
    private static final ApplicationId APPLICATION = ApplicationId.of("2b9d6f4e-7a1c-4e3b-8f20-5c6d7e8f9a01");
    private static final Uscc USCC = Uscc.of("91310113MA1FL4G931");
    private static final ExpertId EXPERT = ExpertId.of("expert-wang");
    private static final Instant AT = Instant.parse("2026-06-30T08:15:30.123456789Z");
    private static final EligibilityRules ELIGIBILITY = new EligibilityRules(true, Set.of(ListCategory.GREEN_FACTORY), 3, true);
    private static final AmountRules AMOUNTS = new AmountRules(Money.ofYuan("2000"), Percent.of("30"), Money.ofYuan("10000000"));
    private static final ProjectDetails PROJECT = new ProjectDetails("高炉煤气余热发电改造", "余热发电", Money.ofYuan("20000000"),
            Tce.of("1250.5"), Co2Tonnes.of("3120.25"), ProjectCategory.ENERGY_SAVING_RETROFIT, List.of("FS-2026-017"));
    private static final EligibilityFacts FACTS = new EligibilityFacts(true, false, true, LocalDate.of(2024, 5, 1),
            Set.of(ListCategory.GREEN_FACTORY), null, List.of(), LocalDate.of(2026, 6, 30), 41);

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    static Stream<Object> events() {
        AmountInputs inputs = new AmountInputs(PROJECT.eligibleInvestment(), PROJECT.annualSaving(), AMOUNTS, Money.ofYuan("50000000"));
        var eligibility = EligibilityPolicies.current().assess(FACTS, ELIGIBILITY, PROJECT.category());
        return Stream.of(
                new ProgrammeOpened(PROGRAMME, 2026, Direction.ENERGY_SAVING_RETROFIT, "节能技术改造专项", LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 7, 31), Money.ofYuan("50000000"), List.of(new Tranche(Percent.of("60"),
                        TrancheRelease.ON_GRANT), new Tranche(Percent.of("40"), TrancheRelease.ON_ACCEPTANCE)), 7,
                        new RuleSet(1, ELIGIBILITY, AMOUNTS), AT),
                new RuleSetPublished(PROGRAMME, new RuleSet(2, ELIGIBILITY, new AmountRules(null, Percent.of("20"), null)), "下调", AT),
                new BudgetAdjusted(PROGRAMME, Money.ofYuan("50000000"), Money.ofYuan("60000000"), "追加", AT),
                new FundsReserved(PROGRAMME, APPLICATION, Money.ofYuan("2501000"), Money.ofYuan("47499000"), AT),
                new ApplicationDrafted(APPLICATION, PROGRAMME, USCC, PROJECT, AT),
                new DraftEdited(APPLICATION, PROJECT, AT),
                new ApplicationSubmitted(APPLICATION, PROGRAMME, USCC, 1, AT),
                new ApplicationResubmitted(APPLICATION, AT),
                new ApplicationWithdrawn(APPLICATION, "暂缓", AT),
                new ApplicationReturned(APPLICATION, List.of("环评批复"), AT),
                new ApplicationAccepted(APPLICATION, 1, FACTS, ELIGIBILITY, PROJECT.category(), eligibility, AT),
                new ApplicationFoundIneligible(APPLICATION, 1, FACTS, ELIGIBILITY, PROJECT.category(), eligibility, AT),
                new ExpertsAssigned(APPLICATION, List.of(EXPERT), AT),
                new ApplicationScored(APPLICATION, EXPERT, List.of(new ReviewScore("技术可行性", 88)), "可信", AT),
                new ApplicationApproved(APPLICATION, PROGRAMME, 1, FACTS, ELIGIBILITY, PROJECT.category(), eligibility, inputs,
                        AmountPolicies.current().decide(inputs), Money.ofYuan("2000000"), "核减", List.of("通过"), AT),
                new ApplicationRejected(APPLICATION, List.of("依据不足"), AT),
                new PublicNoticeOpened(APPLICATION, LocalDate.of(2026, 7, 7), AT),
                new ObjectionRaised(APPLICATION, List.of("金额有误"), AT),
                new ApplicationGranted(APPLICATION, PROGRAMME, Money.ofYuan("2501000"), AT),
                new ReservationReleased(PROGRAMME, APPLICATION, Money.ofYuan("2501000"), Money.ofYuan("50000000"), AT),
                new FundsGranted(PROGRAMME, APPLICATION, Money.ofYuan("2501000"), AT),
                new ExpertRegistered(EXPERT, "王工", List.of(USCC), AT),
                new AffiliationDeclared(EXPERT, USCC, AT));
    }

    @ParameterizedTest
    @MethodSource("events")
    void an_event_reads_back_equal_from_its_json(Object event) throws Exception {
        String json = mapper.writeValueAsString(event);

        assertThat(mapper.readValue(json, event.getClass())).isEqualTo(event);
        assertThat(json).doesNotContain("\"key\"", "\"failures\"", "\"streamId\"");
    }

    @Test
    void a_submission_as_published_reads_back() throws Exception {
        String published = """
                {"applicationId":{"value":"2b9d6f4e-7a1c-4e3b-8f20-5c6d7e8f9a01"},
                 "programmeId":{"value":"6f1c1a2e-0d4b-4c59-9a57-1e0b7b3f2a10"},
                 "applicant":{"value":"91310113MA1FL4G931"},"ruleSetVersion":1,"submittedAt":"2026-06-30T08:15:30.123456789Z"}""";

        assertThat(mapper.readValue(published, ApplicationSubmitted.class))
                .isEqualTo(new ApplicationSubmitted(APPLICATION, PROGRAMME, USCC, 1, AT));
    }

    @Test
    void a_project_is_known_by_its_name_whatever_its_spacing_or_case() {
        ProjectDetails spaced = new ProjectDetails("  Waste  Heat\tRecovery ", null, null, null, null, null, null);

        assertThat(spaced.key()).isEqualTo("waste heat recovery");
    }

    @Test
    void an_expert_command_is_routed_to_the_experts_own_stream() {
        assertThat(new RegisterExpert(EXPERT, "王工", List.of()).expertStream()).isEqualTo("expert:expert-wang");
    }
}
