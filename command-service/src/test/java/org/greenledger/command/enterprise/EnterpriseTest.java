package org.greenledger.command.enterprise;

import static org.greenledger.command.enterprise.EnterpriseFixtures.*;
import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.enterprise.ChangeProfile;
import org.greenledger.contracts.enterprise.ClearDishonesty;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.FlagDishonesty;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.contracts.enterprise.RegisterEnterprise;
import org.greenledger.kernel.failure.IllegalTransition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EnterpriseTest {

    private final FixtureConfiguration<Enterprise> fixture = new AggregateTestFixture<>(Enterprise.class);

    @BeforeEach
    void pinTheClock() {
        fixture.registerInjectableResource(CLOCK);
    }

    @Nested
    class Registering {

        @Test
        void a_new_enterprise_is_registered_with_its_profile_and_the_time() {
            fixture.givenNoPriorActivity()
                    .when(register())
                    .expectEvents(new EnterpriseRegistered(USCC, NAME, BAOSHAN, STEEL, true, NOW))
                    .expectResultMessagePayload(USCC);
        }

        @Test
        void a_registered_enterprise_cannot_be_registered_again() {
            fixture.given(registered())
                    .when(register())
                    .expectNoEvents()
                    .expectException(IllegalTransition.class)
                    .expectExceptionMessage(containsString("already registered"));
        }

        @Test
        void a_blank_name_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterEnterprise(USCC, "  ", BAOSHAN, STEEL, false))
                    .expectNoEvents()
                    .expectException(invalidAt("name"));
        }

        @Test
        void a_name_of_201_characters_is_refused_and_one_of_200_accepted() {
            fixture.givenNoPriorActivity()
                    .when(new RegisterEnterprise(USCC, "企".repeat(201), BAOSHAN, STEEL, false))
                    .expectNoEvents()
                    .expectException(invalidAt("name"));
            fixture.givenNoPriorActivity()
                    .when(new RegisterEnterprise(USCC, "企".repeat(200), BAOSHAN, STEEL, false))
                    .expectEvents(new EnterpriseRegistered(USCC, "企".repeat(200), BAOSHAN, STEEL, false, NOW));
        }
    }

    @Nested
    class ChangingTheProfile {

        @Test
        void a_changed_profile_is_recorded_whole() {
            fixture.given(registered())
                    .when(moveToPudong())
                    .expectEvents(new ProfileChanged(USCC, NAME, PUDONG, STEEL, true, NOW))
                    .expectResultMessagePayload(true);
        }

        @Test
        void the_same_profile_again_records_nothing() {
            fixture.given(registered())
                    .when(new ChangeProfile(USCC, NAME, BAOSHAN, STEEL, true))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void the_profile_is_compared_with_the_latest_change() {
            fixture.given(registered(), new ProfileChanged(USCC, NAME, PUDONG, STEEL, true, EARLIER))
                    .when(moveToPudong())
                    .expectNoEvents()
                    .expectResultMessagePayload(false);
        }

        @Test
        void an_unregistered_enterprise_has_no_profile_to_change() {
            fixture.givenNoPriorActivity()
                    .when(moveToPudong())
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }

        @Test
        void an_empty_name_is_refused() {
            fixture.given(registered())
                    .when(new ChangeProfile(USCC, "", BAOSHAN, STEEL, true))
                    .expectNoEvents()
                    .expectException(invalidAt("name"));
        }
    }

    @Nested
    class RecordingAnEnergyAudit {

        @Test
        void an_audit_dated_today_is_recorded() {
            fixture.given(registered())
                    .when(audit(LocalDate.of(2025, 6, 30), "EA-2025-0042"))
                    .expectEvents(new EnergyAuditRecorded(USCC, LocalDate.of(2025, 6, 30), "EA-2025-0042", NOW));
        }

        @Test
        void an_audit_dated_tomorrow_is_refused() {
            fixture.given(registered())
                    .when(audit(LocalDate.of(2025, 7, 1), "EA-2025-0042"))
                    .expectNoEvents()
                    .expectException(invalidAt("auditedOn"))
                    .expectExceptionMessage(containsString("after today (2025-06-30)"));
        }

        @Test
        void the_same_report_is_recorded_once() {
            fixture.given(registered(), audited(LocalDate.of(2025, 1, 10), "EA-2025-0042"))
                    .when(audit(LocalDate.of(2025, 1, 10), "EA-2025-0042"))
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_second_report_is_recorded_beside_the_first() {
            fixture.given(registered(), audited(LocalDate.of(2024, 1, 10), "EA-2024-0007"))
                    .when(audit(LocalDate.of(2025, 1, 10), "EA-2025-0042"))
                    .expectEvents(new EnergyAuditRecorded(USCC, LocalDate.of(2025, 1, 10), "EA-2025-0042", NOW));
        }

        @Test
        void an_audit_without_a_report_reference_is_refused() {
            fixture.given(registered())
                    .when(audit(LocalDate.of(2025, 1, 10), " "))
                    .expectNoEvents()
                    .expectException(invalidAt("reportReference"));
        }

        @Test
        void an_audit_without_a_date_is_refused() {
            fixture.given(registered())
                    .when(audit(null, "EA-2025-0042"))
                    .expectNoEvents()
                    .expectException(invalidAt("auditedOn"));
        }
    }

    @Nested
    class FlaggingAndClearingDishonesty {

        @Test
        void an_honest_enterprise_is_flagged() {
            fixture.given(registered())
                    .when(flag())
                    .expectEvents(new DishonestyFlagged(USCC, "虚报节能量", "沪经信〔2025〕12号", NOW));
        }

        @Test
        void a_flagged_enterprise_cannot_be_flagged_again() {
            fixture.given(registered(), flagged())
                    .when(flag())
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_flagged_enterprise_is_cleared() {
            fixture.given(registered(), flagged())
                    .when(clear())
                    .expectEvents(new DishonestyCleared(USCC, "信用修复完成", "沪经信〔2025〕30号", NOW));
        }

        @Test
        void an_enterprise_that_is_not_flagged_cannot_be_cleared() {
            fixture.given(registered())
                    .when(clear())
                    .expectNoEvents()
                    .expectException(IllegalTransition.class);
        }

        @Test
        void a_cleared_enterprise_can_be_flagged_again() {
            fixture.given(registered(), flagged(), cleared())
                    .when(flag())
                    .expectEvents(new DishonestyFlagged(USCC, "虚报节能量", "沪经信〔2025〕12号", NOW));
        }

        @Test
        void a_flag_without_reason_is_refused() {
            fixture.given(registered())
                    .when(new FlagDishonesty(USCC, null, "沪经信〔2025〕12号"))
                    .expectNoEvents()
                    .expectException(invalidAt("reason"));
        }

        @Test
        void a_reason_of_1001_characters_is_refused() {
            fixture.given(registered(), flagged())
                    .when(new ClearDishonesty(USCC, "因".repeat(1001), "沪经信〔2025〕30号"))
                    .expectNoEvents()
                    .expectException(invalidAt("reason"));
        }

        @Test
        void a_source_reference_of_201_characters_is_refused() {
            fixture.given(registered())
                    .when(new FlagDishonesty(USCC, "虚报节能量", "号".repeat(201)))
                    .expectNoEvents()
                    .expectException(invalidAt("sourceReference"));
        }
    }
}
