package org.greenledger.command.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.greenledger.command.subsidy.SubsidyFixtures.*;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.subsidy.AcceptApplication;
import org.greenledger.contracts.subsidy.ApplicationAccepted;
import org.greenledger.contracts.subsidy.RaiseObjection;
import org.greenledger.contracts.subsidy.PublicNoticeOpened;
import org.greenledger.contracts.subsidy.ObjectionRaised;
import org.greenledger.contracts.subsidy.GrantApplication;
import org.greenledger.contracts.subsidy.ApplicationGranted;
import org.greenledger.contracts.subsidy.ApplicationApproved;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationFoundIneligible;
import org.greenledger.contracts.subsidy.ApplicationRejected;
import org.greenledger.contracts.subsidy.ApplicationResubmitted;
import org.greenledger.contracts.subsidy.ApplicationReturned;
import org.greenledger.contracts.subsidy.ApplicationScored;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApplicationWithdrawn;
import org.greenledger.contracts.subsidy.ApproveApplication;
import org.greenledger.contracts.subsidy.AssignExperts;
import org.greenledger.contracts.subsidy.DraftApplication;
import org.greenledger.contracts.subsidy.DraftEdited;
import org.greenledger.contracts.subsidy.EditDraft;
import org.greenledger.contracts.subsidy.ExpertsAssigned;
import org.greenledger.contracts.subsidy.ProjectDetails;
import org.greenledger.contracts.subsidy.RejectApplication;
import org.greenledger.contracts.subsidy.ReturnForCompletion;
import org.greenledger.contracts.subsidy.ReviewScore;
import org.greenledger.contracts.subsidy.ScoreApplication;
import org.greenledger.contracts.subsidy.SubmitApplication;
import org.greenledger.contracts.subsidy.WithdrawApplication;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountDecision;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityPolicies;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ApplicationId;
import java.util.Optional;
import org.greenledger.kernel.subsidy.ProjectCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private final FixtureConfiguration<Application> fixture = new AggregateTestFixture<>(Application.class);
    private FakeProgrammes programmes = FakeProgrammes.withBudget();
    private final FakeFacts facts = new FakeFacts();

    @BeforeEach
    void pinTheClockTheProgrammeTheFactsAndTheRoster() {
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(new Programmes() {
            @Override
            public Optional<ProgrammeTerms> find(ProgrammeId id) {
                return programmes.find(id);
            }

            @Override
            public void reserve(ProgrammeId id, ApplicationId application, Money amount) {
                programmes.reserve(id, application, amount);
            }

            @Override
            public void release(ProgrammeId id, ApplicationId application) {
                programmes.release(id, application);
            }

            @Override
            public void grant(ProgrammeId id, ApplicationId application) {
                programmes.grant(id, application);
            }

            @Override
            public void reduceGrant(ProgrammeId id, ApplicationId application, Money amount, String why) {
                programmes.reduceGrant(id, application, amount, why);
            }
        });
        fixture.registerInjectableResource(facts);
        fixture.registerInjectableResource(ROSTER);
    }

    /** The programme the handlers see, swapped per test; reservations go to the current one. */
    private void programmeIs(FakeProgrammes programme) {
        programmes = programme;
    }

    @Nested
    class Drafting {

        @Test
        void an_enterprise_drafts_an_application_to_an_open_programme() {
            fixture.givenNoPriorActivity()
                    .when(new DraftApplication(APPLICATION, PROGRAMME, STEEL, PROJECT))
                    .expectEvents(new ApplicationDrafted(APPLICATION, PROGRAMME, STEEL, PROJECT, NOW));
        }

        @Test
        void a_draft_needs_only_its_name_until_it_is_submitted() {
            ProjectDetails sketch = new ProjectDetails("高炉煤气余热发电改造", null, null, null, null, null, null);

            fixture.givenNoPriorActivity()
                    .when(new DraftApplication(APPLICATION, PROGRAMME, STEEL, sketch))
                    .expectEvents(new ApplicationDrafted(APPLICATION, PROGRAMME, STEEL, sketch, NOW));
        }

        @Test
        void a_draft_without_a_project_name_is_refused_naming_the_field() {
            fixture.givenNoPriorActivity()
                    .when(new DraftApplication(APPLICATION, PROGRAMME, STEEL,
                            new ProjectDetails(" ", null, null, null, null, null, null)))
                    .expectNoEvents()
                    .expectException(invalidAt("name"));
        }

        @Test
        void an_unknown_programme_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new DraftApplication(APPLICATION, ProgrammeId.of("00000000-0000-4000-8000-000000000000"), STEEL, PROJECT))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("no programme"));
        }

        @Test
        void a_programme_whose_window_has_closed_takes_no_new_drafts() {
            FixtureConfiguration<Application> late = new AggregateTestFixture<>(Application.class);
            late.registerInjectableResource(Clock.fixed(Instant.parse("2026-08-01T01:00:00Z"), ZoneId.of("Asia/Shanghai")));
            late.registerInjectableResource(programmes);

            late.givenNoPriorActivity()
                    .when(new DraftApplication(APPLICATION, PROGRAMME, STEEL, PROJECT))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("closed for applications on 2026-07-31"));
        }
    }

    @Nested
    class Editing {

        @Test
        void the_applicant_replaces_the_project_of_its_draft() {
            ProjectDetails bigger = new ProjectDetails(PROJECT.name(), PROJECT.description(), Money.ofYuan("25000000"),
                    PROJECT.annualSaving(), PROJECT.co2Reduction(), PROJECT.category(), PROJECT.documents());

            fixture.given(drafted())
                    .when(new EditDraft(APPLICATION, STEEL, bigger))
                    .expectEvents(new DraftEdited(APPLICATION, bigger, NOW));
        }

        @Test
        void another_enterprise_may_not_touch_it() {
            fixture.given(drafted())
                    .when(new EditDraft(APPLICATION, OTHER, PROJECT))
                    .expectNoEvents()
                    .expectException(Forbidden.class);
        }

        @Test
        void a_submitted_application_is_no_longer_edited() {
            fixture.given(drafted(), submitted())
                    .when(new EditDraft(APPLICATION, STEEL, PROJECT))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("is SUBMITTED"));
        }
    }

    @Nested
    class Submitting {

        @Test
        void a_complete_draft_is_submitted_under_the_rule_version_in_force() {
            programmeIs(new FakeProgrammes(BUDGET, RULES_1, RULES_2));

            fixture.given(drafted())
                    .when(new SubmitApplication(APPLICATION, STEEL))
                    .expectEvents(new ApplicationSubmitted(APPLICATION, PROGRAMME, STEEL, 2, NOW));
        }

        @Test
        void an_incomplete_draft_is_refused_naming_the_first_missing_field_and_listing_all() {
            fixture.given(new ApplicationDrafted(APPLICATION, PROGRAMME, STEEL,
                            new ProjectDetails("高炉煤气余热发电改造", "说明", null, null, null, ProjectCategory.CLEAN_PRODUCTION,
                                    List.of("FS-1")), EARLIER))
                    .when(new SubmitApplication(APPLICATION, STEEL))
                    .expectNoEvents()
                    .expectException(invalidAt("eligibleInvestmentYuan"))
                    .expectExceptionMessage(containsString("eligibleInvestmentYuan, annualSavingTce, co2ReductionTonnes are still missing"));
        }

        @Test
        void outside_the_window_it_is_refused() {
            FixtureConfiguration<Application> early = new AggregateTestFixture<>(Application.class);
            early.registerInjectableResource(Clock.fixed(Instant.parse("2026-05-31T15:59:59Z"), ZoneId.of("Asia/Shanghai")));
            early.registerInjectableResource(programmes);

            early.given(drafted())
                    .when(new SubmitApplication(APPLICATION, STEEL))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("from 2026-06-01 to 2026-07-31; today is 2026-05-31"));
        }

        @Test
        void a_returned_application_is_resubmitted_under_its_original_version() {
            programmeIs(new FakeProgrammes(BUDGET, RULES_1, RULES_2));

            fixture.given(drafted(), submitted(), new ApplicationReturned(APPLICATION, List.of("环评批复"), EARLIER))
                    .when(new SubmitApplication(APPLICATION, STEEL))
                    .expectEvents(new ApplicationResubmitted(APPLICATION, NOW));
        }

        @Test
        void only_the_applicant_submits() {
            fixture.given(drafted())
                    .when(new SubmitApplication(APPLICATION, OTHER))
                    .expectNoEvents()
                    .expectException(Forbidden.class);
        }

        @Test
        void a_submitted_application_is_not_submitted_again() {
            fixture.given(drafted(), submitted())
                    .when(new SubmitApplication(APPLICATION, STEEL))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void the_applicant_withdraws_before_a_decision() {
            fixture.given(drafted(), submitted(), accepted())
                    .when(new WithdrawApplication(APPLICATION, STEEL, "项目暂缓"))
                    .expectEvents(new ApplicationWithdrawn(APPLICATION, "项目暂缓", NOW));
        }

        @Test
        void a_withdrawal_gives_a_reason() {
            fixture.given(drafted())
                    .when(new WithdrawApplication(APPLICATION, STEEL, null))
                    .expectNoEvents()
                    .expectException(invalidAt("reason"));
        }

        @Test
        void after_the_decision_it_is_too_late() {
            fixture.given(drafted(), submitted(), new ApplicationRejected(APPLICATION, List.of("不符合"), EARLIER))
                    .when(new WithdrawApplication(APPLICATION, STEEL, "项目暂缓"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void another_enterprise_cannot_withdraw_it() {
            fixture.given(drafted(), submitted())
                    .when(new WithdrawApplication(APPLICATION, OTHER, "恶意撤回"))
                    .expectNoEvents()
                    .expectException(Forbidden.class);
        }
    }

    @Nested
    class CheckingCompleteness {

        @Test
        void an_incomplete_submission_is_returned_with_the_missing_items() {
            fixture.given(drafted(), submitted())
                    .when(new ReturnForCompletion(APPLICATION, List.of("环评批复", "近三年审计报告")))
                    .expectEvents(new ApplicationReturned(APPLICATION, List.of("环评批复", "近三年审计报告"), NOW));
        }

        @Test
        void a_return_names_what_is_missing() {
            fixture.given(drafted(), submitted())
                    .when(new ReturnForCompletion(APPLICATION, List.of()))
                    .expectNoEvents()
                    .expectException(invalidAt("missingItems"));
        }

        @Test
        void a_complete_submission_of_an_eligible_applicant_is_accepted_with_its_facts_and_assessment() {
            fixture.given(drafted(), submitted())
                    .when(new AcceptApplication(APPLICATION))
                    .expectEvents(new ApplicationAccepted(APPLICATION, 1, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT,
                            EligibilityPolicies.current().assess(FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT), NOW));
            assertThat(facts.askedFor).isEqualTo(STEEL + "|" + PROJECT.key() + "|" + APPLICATION + "|2026-06-30");
        }

        @Test
        void an_applicant_off_the_green_list_is_found_ineligible_and_the_reason_is_recorded() {
            facts.facts = new EligibilityFacts(true, false, true, FACTS.lastEnergyAudit(), Set.of(ListCategory.GREEN_PARK), null,
                    List.of(), TODAY, 57);

            fixture.given(drafted(), submitted())
                    .when(new AcceptApplication(APPLICATION))
                    .expectEvents(new ApplicationFoundIneligible(APPLICATION, 1, facts.facts, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT,
                            EligibilityPolicies.current().assess(facts.facts, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT),
                            NOW));
        }

        @Test
        void eligibility_is_judged_under_the_version_of_the_submission_not_a_newer_one() {
            RuleSet parksOnly = new RuleSet(2, new EligibilityRules(true, Set.of(ListCategory.GREEN_PARK), 3, true), AMOUNTS);
            programmeIs(new FakeProgrammes(BUDGET, RULES_1, parksOnly));

            fixture.given(drafted(), submitted())
                    .when(new AcceptApplication(APPLICATION))
                    .expectEvents(new ApplicationAccepted(APPLICATION, 1, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT,
                            EligibilityPolicies.current().assess(FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT), NOW));
        }

        @Test
        void a_draft_is_not_accepted() {
            fixture.given(drafted())
                    .when(new AcceptApplication(APPLICATION))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }
    }

    @Nested
    class AssigningExperts {

        @Test
        void three_experts_are_assigned_to_an_accepted_application() {
            fixture.given(drafted(), submitted(), accepted())
                    .when(new AssignExperts(APPLICATION, List.of(WANG, LI, ZHAO)))
                    .expectEvents(new ExpertsAssigned(APPLICATION, List.of(WANG, LI, ZHAO), NOW));
        }

        @Test
        void a_fourth_may_join_later() {
            fixture.given(drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO))
                    .when(new AssignExperts(APPLICATION, List.of(CHEN)))
                    .expectEvents(new ExpertsAssigned(APPLICATION, List.of(CHEN), NOW));
        }

        @Test
        void fewer_than_three_in_all_are_refused() {
            fixture.given(drafted(), submitted(), accepted())
                    .when(new AssignExperts(APPLICATION, List.of(WANG, LI)))
                    .expectNoEvents()
                    .expectException(invalidAt("experts"));
        }

        @Test
        void an_expert_tied_to_the_applicant_is_a_conflict_of_interest() {
            fixture.given(drafted(), submitted(), accepted())
                    .when(new AssignExperts(APPLICATION, List.of(WANG, LI, SUN)))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("declared ties with the applicant"));
        }

        @Test
        void an_expert_not_on_the_roster_is_refused() {
            fixture.given(drafted(), submitted(), accepted())
                    .when(new AssignExperts(APPLICATION, List.of(WANG, LI, UNKNOWN_EXPERT)))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("not on the expert roster"));
        }

        @Test
        void the_same_expert_twice_is_refused() {
            fixture.given(drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO))
                    .when(new AssignExperts(APPLICATION, List.of(LI)))
                    .expectNoEvents()
                    .expectException(invalidAt("experts[0]"));
        }

        @Test
        void experts_review_only_accepted_applications() {
            fixture.given(drafted(), submitted())
                    .when(new AssignExperts(APPLICATION, List.of(WANG, LI, ZHAO)))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }
    }

    @Nested
    class Scoring {

        @Test
        void an_assigned_expert_scores_once() {
            fixture.given(drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO))
                    .when(new ScoreApplication(APPLICATION, WANG, SCORES, "节能量测算可信"))
                    .expectEvents(new ApplicationScored(APPLICATION, WANG, SCORES, "节能量测算可信", NOW));
        }

        @Test
        void an_expert_not_assigned_may_not_score_and_learns_nothing_of_its_state() {
            fixture.given(drafted(), submitted())
                    .when(new ScoreApplication(APPLICATION, CHEN, SCORES, "看看"))
                    .expectNoEvents()
                    .expectException(Forbidden.class);
        }

        @Test
        void a_second_score_by_the_same_expert_is_refused() {
            fixture.given(drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO), scored(WANG))
                    .when(new ScoreApplication(APPLICATION, WANG, SCORES, "再评一次"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void points_lie_between_0_and_100_and_the_field_is_named() {
            fixture.given(drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO))
                    .when(new ScoreApplication(APPLICATION, WANG, List.of(new ReviewScore("技术可行性", 101)), "好"))
                    .expectNoEvents()
                    .expectException(invalidAt("scores[0].points"));
        }

        @Test
        void a_review_has_a_comment() {
            fixture.given(drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO))
                    .when(new ScoreApplication(APPLICATION, WANG, SCORES, ""))
                    .expectNoEvents()
                    .expectException(invalidAt("comment"));
        }
    }

    @Nested
    class Deciding {

        private ApplicationApproved approved(Money remaining, Money amount, String reductionReason) {
            AmountInputs inputs = new AmountInputs(PROJECT.eligibleInvestment(), PROJECT.annualSaving(), AMOUNTS, remaining);
            AmountDecision computed = AmountPolicies.current().decide(inputs);
            return new ApplicationApproved(APPLICATION, PROGRAMME, 1, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT,
                    EligibilityPolicies.current().assess(FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT), inputs,
                    computed, amount, reductionReason, List.of("专家评审通过"), NOW);
        }

        private PublicNoticeOpened notice() {
            return new PublicNoticeOpened(APPLICATION, NOTICE_LAST_DAY, NOW);
        }

        @Test
        void a_reviewed_application_is_approved_for_the_computed_amount_which_is_reserved_and_put_on_notice() {
            FakeProgrammes programme = FakeProgrammes.withBudget();
            programmeIs(programme);

            fixture.given(reviewed())
                    .when(new ApproveApplication(APPLICATION, null, null, List.of("专家评审通过")))
                    .expectEvents(approved(BUDGET, Money.ofYuan("2501000"), null), notice());
            assertThat(programme.reserved).containsExactly(Money.ofYuan("2501000"));
        }

        @Test
        void the_remaining_budget_bounds_the_amount() {
            FakeProgrammes tight = new FakeProgrammes(Money.ofYuan("1000000"), RULES_1);
            programmeIs(tight);

            fixture.given(reviewed())
                    .when(new ApproveApplication(APPLICATION, null, null, List.of("专家评审通过")))
                    .expectEvents(approved(Money.ofYuan("1000000"), Money.ofYuan("1000000"), null), notice());
            assertThat(tight.reserved).containsExactly(Money.ofYuan("1000000"));
        }

        @Test
        void an_official_may_grant_less_with_a_reason() {

            fixture.given(reviewed())
                    .when(new ApproveApplication(APPLICATION, Money.ofYuan("2000000"), "按年度资金安排核减", List.of("专家评审通过")))
                    .expectEvents(approved(BUDGET, Money.ofYuan("2000000"), "按年度资金安排核减"), notice());
        }

        @Test
        void never_more_than_computed() {
            fixture.given(reviewed())
                    .when(new ApproveApplication(APPLICATION, Money.ofYuan("2501000.01"), "多给", List.of("专家评审通过")))
                    .expectNoEvents()
                    .expectException(invalidAt("amountYuan"));
        }

        @Test
        void less_than_computed_needs_a_reason_and_the_computed_amount_takes_none() {
            fixture.given(reviewed())
                    .when(new ApproveApplication(APPLICATION, Money.ofYuan("2000000"), null, List.of("专家评审通过")))
                    .expectNoEvents()
                    .expectException(invalidAt("reductionReason"));
        }

        @Test
        void an_exhausted_budget_refuses_the_approval_and_reserves_nothing() {
            FakeProgrammes empty = new FakeProgrammes(Money.ZERO, RULES_1);
            programmeIs(empty);

            fixture.given(reviewed())
                    .when(new ApproveApplication(APPLICATION, null, null, List.of("专家评审通过")))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("bound by REMAINING_BUDGET"));
            assertThat(empty.reserved).isEmpty();
        }

        @Test
        void an_applicant_flagged_dishonest_since_acceptance_cannot_be_approved() {
            facts.facts = new EligibilityFacts(true, true, true, FACTS.lastEnergyAudit(), FACTS.listedCategories(), null,
                    List.of(), TODAY, 99);

            fixture.given(reviewed())
                    .when(new ApproveApplication(APPLICATION, null, null, List.of("专家评审通过")))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("dishonesty"));
        }

        @Test
        void a_review_still_waiting_for_a_score_is_not_decided() {
            fixture.given(drafted(), submitted(), accepted(), assigned(WANG, LI, ZHAO), scored(WANG), scored(LI))
                    .when(new ApproveApplication(APPLICATION, null, null, List.of("专家评审通过")))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("waiting for expert-zhao"));
        }

        @Test
        void a_decided_application_is_not_decided_again() {
            fixture.given(reviewed()).andGiven(new ApplicationRejected(APPLICATION, List.of("节能量依据不足"), EARLIER))
                    .when(new ApproveApplication(APPLICATION, null, null, List.of("专家评审通过")))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("is REJECTED"));
        }

        @Test
        void a_reviewed_application_is_rejected_with_reasons() {
            fixture.given(reviewed())
                    .when(new RejectApplication(APPLICATION, List.of("节能量依据不足")))
                    .expectEvents(new ApplicationRejected(APPLICATION, List.of("节能量依据不足"), NOW));
        }

        @Test
        void a_rejection_gives_reasons() {
            fixture.given(reviewed())
                    .when(new RejectApplication(APPLICATION, List.of()))
                    .expectNoEvents()
                    .expectException(invalidAt("reasons"));
        }
    }

    @Nested
    class PublicNotice {

        private FixtureConfiguration<Application> on(String instant) {
            FixtureConfiguration<Application> at = new AggregateTestFixture<>(Application.class);
            at.registerInjectableResource(Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai")));
            at.registerInjectableResource(programmes);
            return at;
        }

        @Test
        void the_applicant_objects_inside_the_notice_and_the_review_reopens_releasing_the_reservation() {
            on("2026-06-17T15:59:59Z").given(approved())
                    .when(new RaiseObjection(APPLICATION, STEEL, List.of("金额测算有误")))
                    .expectEvents(new ObjectionRaised(APPLICATION, List.of("金额测算有误"), Instant.parse("2026-06-17T15:59:59Z")));
            assertThat(programmes.released).containsExactly(APPLICATION);
        }

        @Test
        void an_official_may_object_too_and_another_enterprise_may_not() {
            on("2026-06-12T02:00:00Z").given(approved())
                    .when(new RaiseObjection(APPLICATION, null, List.of("收到举报")))
                    .expectEvents(new ObjectionRaised(APPLICATION, List.of("收到举报"), Instant.parse("2026-06-12T02:00:00Z")));
            on("2026-06-12T02:00:00Z").given(approved())
                    .when(new RaiseObjection(APPLICATION, OTHER, List.of("恶意异议")))
                    .expectNoEvents()
                    .expectException(Forbidden.class);
        }

        @Test
        void after_the_last_day_of_the_notice_an_objection_is_too_late() {
            on("2026-06-17T16:00:00Z").given(approved())
                    .when(new RaiseObjection(APPLICATION, STEEL, List.of("金额测算有误")))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("ended on 2026-06-17"));
        }

        @Test
        void when_the_notice_is_over_the_deadline_grants_it_and_the_reservation_becomes_a_grant() {
            on("2026-06-17T16:00:00Z").given(approved())
                    .when(new GrantApplication(APPLICATION))
                    .expectEvents(new ApplicationGranted(APPLICATION, PROGRAMME, Money.ofYuan("2501000"),
                            Instant.parse("2026-06-17T16:00:00Z")));
            assertThat(programmes.granted).containsExactly(APPLICATION);
        }

        @Test
        void while_the_notice_runs_it_is_not_granted() {
            on("2026-06-17T15:59:59Z").given(approved())
                    .when(new GrantApplication(APPLICATION))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("runs until 2026-06-17"));
        }

        @Test
        void the_deadline_fires_once_a_second_grant_is_an_illegal_transition() {
            on("2026-06-20T02:00:00Z").given(approved())
                    .andGiven(new ApplicationGranted(APPLICATION, PROGRAMME, Money.ofYuan("2501000"), EARLIER))
                    .when(new GrantApplication(APPLICATION))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("is GRANTED"));
        }

        @Test
        void an_objection_stops_the_grant_and_a_new_approval_opens_a_new_notice() {
            on("2026-06-20T02:00:00Z").given(approved())
                    .andGiven(new ObjectionRaised(APPLICATION, List.of("金额测算有误"), EARLIER))
                    .when(new GrantApplication(APPLICATION))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("is UNDER_REVIEW"));
            fixture.given(approved()).andGiven(new ObjectionRaised(APPLICATION, List.of("金额测算有误"), EARLIER))
                    .when(new RejectApplication(APPLICATION, List.of("复核不通过")))
                    .expectEvents(new ApplicationRejected(APPLICATION, List.of("复核不通过"), NOW));
        }
    }
}
