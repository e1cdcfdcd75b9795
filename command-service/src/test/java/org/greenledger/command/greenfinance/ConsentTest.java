package org.greenledger.command.greenfinance;

import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.greenfinance.ChangeConsent;
import org.greenledger.contracts.greenfinance.ConsentChanged;
import org.greenledger.contracts.greenfinance.ConsentExpired;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.greenfinance.ExpireConsent;
import org.greenledger.contracts.greenfinance.GrantConsent;
import org.greenledger.contracts.greenfinance.RevokeConsent;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Baoshan steel works lets ICBC Shanghai see its green-list status and subsidies from 1 July 2026 for a year. */
class ConsentTest {

    static final ConsentId CONSENT = ConsentId.of("1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a");
    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc OTHER = Uscc.of("9131000013221158XC");
    static final BankId ICBC = BankId.of("icbc-sh");
    static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-06-01T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    static final Set<ConsentScope> SCOPES = Set.of(ConsentScope.GREEN_LIST_STATUS, ConsentScope.SUBSIDY_HISTORY);
    static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    static final LocalDate UNTIL = LocalDate.of(2027, 6, 30);

    private final FixtureConfiguration<Consent> fixture = new AggregateTestFixture<>(Consent.class);

    @BeforeEach
    void pinTheClock() {
        fixture.registerInjectableResource(CLOCK);
    }

    static ConsentGranted granted() {
        return new ConsentGranted(CONSENT, STEEL, ICBC, SCOPES, FROM, UNTIL, "绿色贷款审查", EARLIER);
    }

    @Test
    void an_enterprise_grants_a_bank_consent_for_at_most_twelve_months() {
        fixture.givenNoPriorActivity()
                .when(new GrantConsent(CONSENT, STEEL, ICBC, SCOPES, FROM, UNTIL, "绿色贷款审查"))
                .expectEvents(new ConsentGranted(CONSENT, STEEL, ICBC, SCOPES, FROM, UNTIL, "绿色贷款审查", NOW));
    }

    @Test
    void a_day_longer_than_twelve_months_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
                .when(new GrantConsent(CONSENT, STEEL, ICBC, SCOPES, FROM, UNTIL.plusDays(1), "绿色贷款审查"))
                .expectNoEvents()
                .expectException(invalidAt("validUntil"))
                .expectExceptionMessage(containsString("until 2027-06-30 at the latest"));
    }

    @Test
    void a_consent_has_scopes_a_purpose_and_does_not_start_in_the_past() {
        fixture.givenNoPriorActivity()
                .when(new GrantConsent(CONSENT, STEEL, ICBC, Set.of(), FROM, UNTIL, "绿色贷款审查"))
                .expectNoEvents()
                .expectException(invalidAt("scopes"));
        fixture.givenNoPriorActivity()
                .when(new GrantConsent(CONSENT, STEEL, ICBC, SCOPES, FROM, UNTIL, " "))
                .expectNoEvents()
                .expectException(invalidAt("purpose"));
        fixture.givenNoPriorActivity()
                .when(new GrantConsent(CONSENT, STEEL, ICBC, SCOPES, LocalDate.of(2026, 6, 29), UNTIL, "绿色贷款审查"))
                .expectNoEvents()
                .expectException(invalidAt("validFrom"));
    }

    @Test
    void the_enterprise_changes_a_live_consent_and_another_may_not() {
        fixture.given(granted())
                .when(new ChangeConsent(CONSENT, STEEL, Set.of(ConsentScope.GREEN_LIST_STATUS), LocalDate.of(2026, 12, 31)))
                .expectEvents(new ConsentChanged(CONSENT, Set.of(ConsentScope.GREEN_LIST_STATUS), LocalDate.of(2026, 12, 31),
                        NOW));
        fixture.given(granted())
                .when(new ChangeConsent(CONSENT, OTHER, SCOPES, UNTIL))
                .expectNoEvents()
                .expectException(Forbidden.class);
        fixture.given(granted())
                .when(new ChangeConsent(CONSENT, STEEL, SCOPES, UNTIL))
                .expectNoEvents()
                .expectException(invalidAt("scopes"));
    }

    @Test
    void the_enterprise_revokes_it_at_any_time_once() {
        fixture.given(granted())
                .when(new RevokeConsent(CONSENT, STEEL, "贷款已结清"))
                .expectEvents(new ConsentRevoked(CONSENT, "贷款已结清", NOW));
        fixture.given(granted(), new ConsentRevoked(CONSENT, null, EARLIER))
                .when(new RevokeConsent(CONSENT, STEEL, null))
                .expectNoEvents()
                .expectException(IllegalTransition.class)
                .expectExceptionMessage(containsString("is REVOKED"));
        fixture.given(granted())
                .when(new RevokeConsent(CONSENT, OTHER, null))
                .expectNoEvents()
                .expectException(Forbidden.class);
    }

    @Test
    void it_expires_after_its_last_day_once_and_not_before() {
        FixtureConfiguration<Consent> later = new AggregateTestFixture<>(Consent.class);
        later.registerInjectableResource(Clock.fixed(Instant.parse("2027-06-30T16:00:00Z"), ZoneId.of("Asia/Shanghai")));
        later.given(granted())
                .when(new ExpireConsent(CONSENT))
                .expectEvents(new ConsentExpired(CONSENT, UNTIL, Instant.parse("2027-06-30T16:00:00Z")));
        later.given(granted(), new ConsentExpired(CONSENT, UNTIL, EARLIER))
                .when(new ExpireConsent(CONSENT))
                .expectNoEvents()
                .expectException(IllegalTransition.class);
        fixture.given(granted())
                .when(new ExpireConsent(CONSENT))
                .expectNoEvents()
                .expectException(Refused.class);
    }
}
