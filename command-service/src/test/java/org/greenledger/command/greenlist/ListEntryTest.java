package org.greenledger.command.greenlist;

import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.greenledger.command.greenlist.GreenlistFixtures.*;
import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.greenlist.ConfirmRectification;
import org.greenledger.contracts.greenlist.CorrectListingDate;
import org.greenledger.contracts.greenlist.CorrectRemovalDate;
import org.greenledger.contracts.greenlist.DeclarationMissed;
import org.greenledger.contracts.greenlist.DeclineNomination;
import org.greenledger.contracts.greenlist.DemandRectification;
import org.greenledger.contracts.greenlist.EntryEvaluated;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.greenlist.EntryUpgraded;
import org.greenledger.contracts.greenlist.ListingDateCorrected;
import org.greenledger.contracts.greenlist.NominateUnit;
import org.greenledger.contracts.greenlist.NominationDeclined;
import org.greenledger.contracts.greenlist.PassReview;
import org.greenledger.contracts.greenlist.PutOnList;
import org.greenledger.contracts.greenlist.RecordEvaluation;
import org.greenledger.contracts.greenlist.RecordMissedDeclaration;
import org.greenledger.contracts.greenlist.RecordMissedRectification;
import org.greenledger.contracts.greenlist.RectificationConfirmed;
import org.greenledger.contracts.greenlist.RectificationDemanded;
import org.greenledger.contracts.greenlist.RectificationMissed;
import org.greenledger.contracts.greenlist.RemovalDateCorrected;
import org.greenledger.contracts.greenlist.ReviewPassed;
import org.greenledger.contracts.greenlist.UpgradeToNational;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.greenlist.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ListEntryTest {

    private final FixtureConfiguration<ListEntry> fixture = new AggregateTestFixture<>(ListEntry.class);

    @BeforeEach
    void pinTheClockAndTheRegistry() {
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(RECORDS);
    }

    @Nested
    class Nominating {

        @Test
        void a_registered_enterprise_is_nominated_with_its_name_and_district_as_the_registry_knows_them() {
            fixture.givenNoPriorActivity()
                    .when(nominate())
                    .expectEvents(new EntryNominated(ENTRY, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BATCH, STEEL,
                            NAME, BAOSHAN, FACTORY, NOW))
                    .expectResultMessagePayload(ENTRY);
        }

        @Test
        void a_product_is_nominated_with_its_name_and_model() {
            ListedUnit product = ListedUnit.product("热轧钢板", "Q355B");
            NominateUnit command = new NominateUnit(ListCategory.GREEN_DESIGN_PRODUCT, ListLevel.NATIONAL, BATCH, STEEL, product);
            EntryId id = command.entryId();

            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectEvents(new EntryNominated(id, ListCategory.GREEN_DESIGN_PRODUCT, ListLevel.NATIONAL, BATCH, STEEL,
                            NAME, BAOSHAN, product, NOW));
        }

        @Test
        void a_park_category_with_the_enterprise_as_unit_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new NominateUnit(ListCategory.GREEN_PARK, ListLevel.MUNICIPAL, BATCH, STEEL, FACTORY))
                    .expectNoEvents()
                    .expectException(invalidAt("category"));
        }

        @Test
        void an_unregistered_enterprise_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new NominateUnit(ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BATCH, UNREGISTERED, FACTORY))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("not registered"));
        }

        @Test
        void an_enterprise_on_the_dishonesty_list_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new NominateUnit(ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BATCH, DISHONEST, FACTORY))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("dishonesty"));
        }

        @Test
        void the_same_unit_in_the_same_batch_and_category_is_nominated_once() {
            fixture.given(nominated())
                    .when(nominate())
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("already nominated"));
        }
    }

    @Nested
    class Evaluating {

        @Test
        void a_nominated_unit_is_evaluated() {
            fixture.given(nominated())
                    .when(new RecordEvaluation(ENTRY, Score.of("86.5"), "上海市节能监察中心", "EV-2024-118"))
                    .expectEvents(new EntryEvaluated(ENTRY, Score.of("86.5"), "上海市节能监察中心", "EV-2024-118", NOW));
        }

        @Test
        void an_evaluated_unit_is_not_evaluated_again() {
            fixture.given(nominated(), evaluated())
                    .when(new RecordEvaluation(ENTRY, Score.of("90"), "上海市节能监察中心", "EV-2024-119"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_declined_nomination_is_not_evaluated() {
            fixture.given(nominated(), declined())
                    .when(new RecordEvaluation(ENTRY, Score.of("90"), "上海市节能监察中心", "EV-2024-119"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void an_evaluation_without_its_report_is_refused() {
            fixture.given(nominated())
                    .when(new RecordEvaluation(ENTRY, Score.of("86.5"), "上海市节能监察中心", " "))
                    .expectNoEvents()
                    .expectException(invalidAt("reportReference"));
        }

        @Test
        void an_unknown_entry_cannot_be_evaluated() {
            fixture.givenNoPriorActivity()
                    .when(new RecordEvaluation(ENTRY, Score.of("86.5"), "上海市节能监察中心", "EV-2024-118"))
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class ListingAndDeclining {

        @Test
        void an_evaluated_unit_is_listed_from_a_date_at_its_level() {
            fixture.given(nominated(), evaluated())
                    .when(new PutOnList(ENTRY, LISTED_FROM, "沪经信节〔2024〕88号"))
                    .expectEvents(new EntryListed(ENTRY, ListLevel.MUNICIPAL, LISTED_FROM, "沪经信节〔2024〕88号", NOW));
        }

        @Test
        void a_unit_not_yet_evaluated_is_not_listed() {
            fixture.given(nominated())
                    .when(new PutOnList(ENTRY, LISTED_FROM, "沪经信节〔2024〕88号"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("is NOMINATED; only an entry that is EVALUATED can be listed"));
        }

        @Test
        void a_listed_unit_is_not_listed_again() {
            fixture.given(onTheList())
                    .when(new PutOnList(ENTRY, LISTED_FROM, "沪经信节〔2024〕88号"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_listing_without_a_date_is_refused() {
            fixture.given(nominated(), evaluated())
                    .when(new PutOnList(ENTRY, null, "沪经信节〔2024〕88号"))
                    .expectNoEvents()
                    .expectException(invalidAt("effectiveFrom"));
        }

        @Test
        void a_nominated_or_evaluated_unit_is_declined_with_reasons() {
            fixture.given(nominated())
                    .when(new DeclineNomination(ENTRY, List.of("能耗指标未达标")))
                    .expectEvents(new NominationDeclined(ENTRY, List.of("能耗指标未达标"), NOW));
            fixture.given(nominated(), evaluated())
                    .when(new DeclineNomination(ENTRY, List.of("评分低于60分", "材料不全")))
                    .expectEvents(new NominationDeclined(ENTRY, List.of("评分低于60分", "材料不全"), NOW));
        }

        @Test
        void a_listed_unit_is_not_declined() {
            fixture.given(onTheList())
                    .when(new DeclineNomination(ENTRY, List.of("能耗指标未达标")))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_declination_without_reasons_is_refused() {
            fixture.given(nominated())
                    .when(new DeclineNomination(ENTRY, List.of()))
                    .expectNoEvents()
                    .expectException(invalidAt("reasons"));
        }

        @Test
        void a_blank_reason_is_refused_by_its_place() {
            fixture.given(nominated())
                    .when(new DeclineNomination(ENTRY, List.of("能耗指标未达标", "")))
                    .expectNoEvents()
                    .expectException(invalidAt("reasons[1]"));
        }
    }

    @Nested
    class Declaring {

        @Test
        void the_enterprise_declares_a_finished_year_late_after_the_deadline() {
            fixture.given(onTheList())
                    .when(declare(STEEL, 2025))
                    .expectEvents(declared(2025, true, NOW));
        }

        @Test
        void a_declaration_by_the_deadline_is_on_time() {
            fixtureAt(LAST_HOUR).given(onTheList())
                    .when(declare(STEEL, 2025))
                    .expectEvents(declared(2025, false, LAST_HOUR));
        }

        @Test
        void another_enterprise_cannot_declare_for_the_entry() {
            fixture.given(onTheList())
                    .when(declare(OTHER, 2025))
                    .expectNoEvents()
                    .expectException(Forbidden.class);
        }

        @Test
        void another_enterprise_is_refused_before_anything_about_the_entry_is_told() {
            fixture.given(nominated())
                    .when(declare(OTHER, 2025))
                    .expectNoEvents()
                    .expectException(Forbidden.class);
        }

        @Test
        void a_year_not_yet_over_is_refused() {
            fixture.given(onTheList())
                    .when(declare(STEEL, 2026))
                    .expectNoEvents()
                    .expectException(Refused.class);
        }

        @Test
        void a_year_before_the_listing_is_refused() {
            fixture.given(onTheList())
                    .when(declare(STEEL, 2024))
                    .expectNoEvents()
                    .expectException(invalidAt("year"));
        }

        @Test
        void a_year_is_declared_once() {
            fixture.given(onTheListAnd(declared(2025, false)))
                    .when(declare(STEEL, 2025))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("already filed"));
        }

        @Test
        void a_year_recorded_as_missed_is_not_declared_afterwards() {
            fixture.given(onTheListAnd(missed(2025)))
                    .when(declare(STEEL, 2025))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void an_entry_under_rectification_still_declares() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 9, 30))))
                    .when(declare(STEEL, 2025))
                    .expectEvents(declared(2025, true, NOW));
        }

        @Test
        void an_entry_not_on_the_list_does_not_declare() {
            fixture.given(nominated(), evaluated())
                    .when(declare(STEEL, 2025))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(declare(STEEL, 2025))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void an_official_records_a_missed_declaration_after_the_deadline() {
            fixture.given(onTheList())
                    .when(new RecordMissedDeclaration(ENTRY, 2025))
                    .expectEvents(new DeclarationMissed(ENTRY, 2025, LocalDate.of(2026, 3, 31), NOW));
        }

        @Test
        void a_declaration_not_yet_due_cannot_be_missed() {
            fixtureAt(LAST_HOUR).given(onTheList())
                    .when(new RecordMissedDeclaration(ENTRY, 2025))
                    .expectNoEvents()
                    .expectException(Refused.class)
                    .expectExceptionMessage(containsString("due by 2026-03-31"));
        }

        @Test
        void a_filed_declaration_cannot_be_missed_nor_a_missed_one_missed_twice() {
            fixture.given(onTheListAnd(declared(2025, true)))
                    .when(new RecordMissedDeclaration(ENTRY, 2025))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
            fixture.given(onTheListAnd(missed(2025)))
                    .when(new RecordMissedDeclaration(ENTRY, 2025))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void an_entry_never_listed_misses_no_declaration() {
            fixture.given(nominated())
                    .when(new RecordMissedDeclaration(ENTRY, 2025))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }
    }

    @Nested
    class Reviewing {

        @Test
        void a_listed_unit_passes_its_review() {
            fixture.given(onTheList())
                    .when(new PassReview(ENTRY, LocalDate.of(2026, 6, 1), "FH-2026-07"))
                    .expectEvents(new ReviewPassed(ENTRY, LocalDate.of(2026, 6, 1), "FH-2026-07", NOW));
        }

        @Test
        void a_review_demands_rectification_by_a_deadline() {
            fixture.given(onTheList())
                    .when(new DemandRectification(ENTRY, LocalDate.of(2026, 6, 1), "固废利用率不足", LocalDate.of(2026, 9, 30)))
                    .expectEvents(new RectificationDemanded(ENTRY, LocalDate.of(2026, 6, 1), "固废利用率不足",
                            LocalDate.of(2026, 9, 30), NOW));
        }

        @Test
        void an_entry_that_is_not_listed_is_not_reviewed() {
            fixture.given(nominated(), evaluated())
                    .when(new PassReview(ENTRY, LocalDate.of(2026, 6, 1), "FH-2026-07"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(new PassReview(ENTRY, LocalDate.of(2026, 6, 1), "FH-2026-07"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void an_entry_under_rectification_is_not_reviewed_again_until_it_is_settled() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 9, 30))))
                    .when(new DemandRectification(ENTRY, LocalDate.of(2026, 6, 1), "又一项", LocalDate.of(2026, 12, 31)))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_review_dated_tomorrow_is_refused() {
            fixture.given(onTheList())
                    .when(new PassReview(ENTRY, LocalDate.of(2026, 7, 1), "FH-2026-07"))
                    .expectNoEvents()
                    .expectException(invalidAt("reviewedOn"));
        }

        @Test
        void a_review_before_the_listing_is_refused() {
            fixture.given(onTheList())
                    .when(new PassReview(ENTRY, LocalDate.of(2024, 12, 31), "FH-2024-01"))
                    .expectNoEvents()
                    .expectException(invalidAt("reviewedOn"));
        }

        @Test
        void a_deadline_on_the_day_of_the_review_is_refused() {
            fixture.given(onTheList())
                    .when(new DemandRectification(ENTRY, LocalDate.of(2026, 6, 1), "固废利用率不足", LocalDate.of(2026, 6, 1)))
                    .expectNoEvents()
                    .expectException(invalidAt("deadline"));
        }
    }

    @Nested
    class Rectifying {

        @Test
        void a_rectification_is_confirmed() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 9, 30))))
                    .when(new ConfirmRectification(ENTRY, LocalDate.of(2026, 6, 20), "ZG-2026-03"))
                    .expectEvents(new RectificationConfirmed(ENTRY, LocalDate.of(2026, 6, 20), "ZG-2026-03", NOW));
        }

        @Test
        void nothing_to_confirm_without_a_demand() {
            fixture.given(onTheList())
                    .when(new ConfirmRectification(ENTRY, LocalDate.of(2026, 6, 20), "ZG-2026-03"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_confirmed_rectification_puts_the_entry_back_to_plain_listed() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 9, 30)),
                            new RectificationConfirmed(ENTRY, LocalDate.of(2026, 6, 20), "ZG-2026-03", EARLIER)))
                    .when(new PassReview(ENTRY, LocalDate.of(2026, 6, 25), "FH-2026-09"))
                    .expectEvents(new ReviewPassed(ENTRY, LocalDate.of(2026, 6, 25), "FH-2026-09", NOW));
        }

        @Test
        void a_missed_rectification_is_recorded_after_its_deadline() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 4, 30))))
                    .when(new RecordMissedRectification(ENTRY))
                    .expectEvents(new RectificationMissed(ENTRY, LocalDate.of(2026, 4, 30), NOW));
        }

        @Test
        void a_rectification_due_today_is_not_yet_missed() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 6, 30))))
                    .when(new RecordMissedRectification(ENTRY))
                    .expectNoEvents()
                    .expectException(Refused.class);
        }

        @Test
        void a_missed_rectification_is_not_confirmed_afterwards() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 4, 30)), rectificationMissed()))
                    .when(new ConfirmRectification(ENTRY, LocalDate.of(2026, 6, 20), "ZG-2026-03"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }
    }

    @Nested
    class Removing {

        @Test
        void a_listed_unit_is_removed_back_dated_to_the_incident() {
            fixture.given(onTheList())
                    .when(remove(RemovalReason.ENVIRONMENTAL_INCIDENT, LocalDate.of(2026, 5, 12)))
                    .expectEvents(new EntryRemoved(ENTRY, RemovalReason.ENVIRONMENTAL_INCIDENT, "2026-05-12 发生较大环境事件",
                            LocalDate.of(2026, 5, 12), "沪经信节〔2026〕31号", NOW));
        }

        @Test
        void a_removal_before_the_listing_is_refused() {
            fixture.given(onTheList())
                    .when(remove(RemovalReason.FALSIFIED_DATA, LocalDate.of(2024, 12, 31)))
                    .expectNoEvents()
                    .expectException(invalidAt("effectiveFrom"));
        }

        @Test
        void a_removed_unit_is_not_removed_again() {
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(remove(RemovalReason.FALSIFIED_DATA, LocalDate.of(2026, 5, 12)))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_nominated_unit_is_declined_not_removed() {
            fixture.given(nominated())
                    .when(remove(RemovalReason.VOLUNTARY_WITHDRAWAL, LocalDate.of(2026, 5, 12)))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_missed_rectification_must_be_on_record_to_be_the_reason() {
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 4, 30))))
                    .when(remove(RemovalReason.MISSED_RECTIFICATION, LocalDate.of(2026, 5, 1)))
                    .expectNoEvents()
                    .expectException(Refused.class);
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 4, 30)), rectificationMissed()))
                    .when(remove(RemovalReason.MISSED_RECTIFICATION, LocalDate.of(2026, 5, 1)))
                    .expectEvents(new EntryRemoved(ENTRY, RemovalReason.MISSED_RECTIFICATION, "2026-05-12 发生较大环境事件",
                            LocalDate.of(2026, 5, 1), "沪经信节〔2026〕31号", NOW));
        }

        @Test
        void a_missed_declaration_must_be_on_record_to_be_the_reason() {
            fixture.given(onTheList())
                    .when(remove(RemovalReason.MISSED_DECLARATIONS, LocalDate.of(2026, 6, 1)))
                    .expectNoEvents()
                    .expectException(Refused.class);
            fixture.given(onTheListAnd(missed(2025)))
                    .when(remove(RemovalReason.MISSED_DECLARATIONS, LocalDate.of(2026, 6, 1)))
                    .expectEvents(new EntryRemoved(ENTRY, RemovalReason.MISSED_DECLARATIONS, "2026-05-12 发生较大环境事件",
                            LocalDate.of(2026, 6, 1), "沪经信节〔2026〕31号", NOW));
        }

        @ParameterizedTest
        @EnumSource(value = RemovalReason.class, mode = EnumSource.Mode.EXCLUDE,
                names = {"MISSED_RECTIFICATION", "MISSED_DECLARATIONS"})
        void every_other_reason_needs_no_prior_record(RemovalReason reason) {
            fixture.given(onTheList())
                    .when(remove(reason, LISTED_FROM))
                    .expectEvents(new EntryRemoved(ENTRY, reason, "2026-05-12 发生较大环境事件", LISTED_FROM,
                            "沪经信节〔2026〕31号", NOW));
        }

        @Test
        void a_removal_without_a_reason_code_is_refused() {
            fixture.given(onTheList())
                    .when(remove(null, LocalDate.of(2026, 5, 12)))
                    .expectNoEvents()
                    .expectException(invalidAt("reason"));
        }
    }

    @Nested
    class Upgrading {

        @Test
        void a_municipal_entry_is_upgraded_to_national() {
            fixture.given(onTheList())
                    .when(new UpgradeToNational(ENTRY, LocalDate.of(2025, 12, 1), "工信部节函〔2025〕7号"))
                    .expectEvents(new EntryUpgraded(ENTRY, ListLevel.NATIONAL, LocalDate.of(2025, 12, 1),
                            "工信部节函〔2025〕7号", NOW));
        }

        @Test
        void a_national_entry_is_not_upgraded() {
            fixture.given(onTheListAnd(upgraded(LocalDate.of(2025, 12, 1))))
                    .when(new UpgradeToNational(ENTRY, LocalDate.of(2026, 1, 1), "工信部节函〔2026〕1号"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("already at national level"));
        }

        @Test
        void a_removed_or_rectifying_entry_is_not_upgraded() {
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(new UpgradeToNational(ENTRY, LocalDate.of(2025, 12, 1), "工信部节函〔2025〕7号"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
            fixture.given(onTheListAnd(rectificationDemanded(LocalDate.of(2026, 9, 30))))
                    .when(new UpgradeToNational(ENTRY, LocalDate.of(2025, 12, 1), "工信部节函〔2025〕7号"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void an_upgrade_before_the_listing_is_refused() {
            fixture.given(onTheList())
                    .when(new UpgradeToNational(ENTRY, LocalDate.of(2024, 6, 1), "工信部节函〔2024〕7号"))
                    .expectNoEvents()
                    .expectException(invalidAt("effectiveFrom"));
        }
    }

    @Nested
    class Correcting {

        @Test
        void a_listing_date_is_corrected_by_a_new_fact_naming_the_old_date() {
            fixture.given(onTheList())
                    .when(new CorrectListingDate(ENTRY, LocalDate.of(2025, 1, 15), "公告日期录入有误"))
                    .expectEvents(new ListingDateCorrected(ENTRY, LISTED_FROM, LocalDate.of(2025, 1, 15), "公告日期录入有误", NOW));
        }

        @Test
        void a_removed_entrys_listing_date_is_corrected_but_not_past_its_removal() {
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(new CorrectListingDate(ENTRY, LocalDate.of(2025, 2, 1), "公告日期录入有误"))
                    .expectEvents(new ListingDateCorrected(ENTRY, LISTED_FROM, LocalDate.of(2025, 2, 1), "公告日期录入有误", NOW));
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(new CorrectListingDate(ENTRY, LocalDate.of(2026, 5, 12), "公告日期录入有误"))
                    .expectNoEvents()
                    .expectException(invalidAt("correctedFrom"));
        }

        @Test
        void a_listing_date_is_not_corrected_past_the_upgrade() {
            fixture.given(onTheListAnd(upgraded(LocalDate.of(2025, 12, 1))))
                    .when(new CorrectListingDate(ENTRY, LocalDate.of(2025, 12, 2), "公告日期录入有误"))
                    .expectNoEvents()
                    .expectException(invalidAt("correctedFrom"));
        }

        @Test
        void a_correction_to_the_same_date_is_refused() {
            fixture.given(onTheList())
                    .when(new CorrectListingDate(ENTRY, LISTED_FROM, "公告日期录入有误"))
                    .expectNoEvents()
                    .expectException(invalidAt("correctedFrom"));
        }

        @Test
        void an_entry_never_listed_has_no_listing_date_to_correct() {
            fixture.given(nominated(), evaluated())
                    .when(new CorrectListingDate(ENTRY, LISTED_FROM, "公告日期录入有误"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_removal_date_is_corrected_by_a_new_fact_naming_the_old_date() {
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(new CorrectRemovalDate(ENTRY, LocalDate.of(2026, 5, 10), "事件发生日期核实为5月10日"))
                    .expectEvents(new RemovalDateCorrected(ENTRY, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 10),
                            "事件发生日期核实为5月10日", NOW));
        }

        @Test
        void a_removal_date_is_not_corrected_before_the_listing() {
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(new CorrectRemovalDate(ENTRY, LocalDate.of(2024, 12, 1), "事件发生日期核实"))
                    .expectNoEvents()
                    .expectException(invalidAt("correctedFrom"));
        }

        @Test
        void an_entry_still_listed_has_no_removal_date_to_correct() {
            fixture.given(onTheList())
                    .when(new CorrectRemovalDate(ENTRY, LocalDate.of(2026, 5, 10), "事件发生日期核实"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_correction_without_a_reason_is_refused() {
            fixture.given(onTheListAnd(removed(LocalDate.of(2026, 5, 12))))
                    .when(new CorrectRemovalDate(ENTRY, LocalDate.of(2026, 5, 10), ""))
                    .expectNoEvents()
                    .expectException(invalidAt("reason"));
        }
    }

    /** A fixture whose clock stands at {@code now}: a fixture's first registered clock is the one injected. */
    private static FixtureConfiguration<ListEntry> fixtureAt(Instant now) {
        FixtureConfiguration<ListEntry> other = new AggregateTestFixture<>(ListEntry.class);
        other.registerInjectableResource(Clock.fixed(now, ZoneId.of("Asia/Shanghai")));
        other.registerInjectableResource(RECORDS);
        return other;
    }

    @Test
    void the_score_keeps_one_decimal() {
        fixture.given(nominated())
                .when(new RecordEvaluation(ENTRY, new Score(new BigDecimal("86.50")), "上海市节能监察中心", "EV-2024-118"))
                .expectEvents(new EntryEvaluated(ENTRY, Score.of("86.5"), "上海市节能监察中心", "EV-2024-118", NOW));
    }
}
