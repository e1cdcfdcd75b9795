package org.greenledger.query.greenlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenledger.kernel.greenlist.ListLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Who was on the list on day D, as we knew it at moment K?" over one entry's recorded facts:
 * <pre>
 *   recorded 2025-01-02  listed from 2025-01-01, municipal
 *   recorded 2025-12-03  national from 2025-12-01
 *   recorded 2026-06-30  removed from 2026-05-12 (back-dated to the incident)
 *   recorded 2026-07-02  removal corrected to 2026-05-10
 *   recorded 2026-07-05  listing corrected to 2025-01-15
 * </pre>
 */
class StandingTest {

    static final Instant LISTED_AT = Instant.parse("2025-01-02T02:00:00Z");
    static final Instant UPGRADED_AT = Instant.parse("2025-12-03T02:00:00Z");
    static final Instant REMOVED_AT = Instant.parse("2026-06-30T02:00:00Z");
    static final Instant REMOVAL_CORRECTED_AT = Instant.parse("2026-07-02T02:00:00Z");
    static final Instant LISTING_CORRECTED_AT = Instant.parse("2026-07-05T02:00:00Z");

    static final List<Fact> FACTS = List.of(
            new Fact(Fact.Kind.LISTED, LocalDate.parse("2025-01-01"), LISTED_AT, ListLevel.MUNICIPAL),
            new Fact(Fact.Kind.UPGRADED, LocalDate.parse("2025-12-01"), UPGRADED_AT, ListLevel.NATIONAL),
            new Fact(Fact.Kind.REMOVED, LocalDate.parse("2026-05-12"), REMOVED_AT, null),
            new Fact(Fact.Kind.REMOVAL_CORRECTED, LocalDate.parse("2026-05-10"), REMOVAL_CORRECTED_AT, null),
            new Fact(Fact.Kind.LISTING_CORRECTED, LocalDate.parse("2025-01-15"), LISTING_CORRECTED_AT, null));

    @ParameterizedTest(name = "on {0} as known at {1}: {2}")
    @CsvSource({
            // asOf,     knownAt,                  on the list at level (or OFF)
            "2025-01-10, 2025-01-01T00:00:00Z, OFF",        // the listing was not yet recorded
            "2025-01-10, 2025-01-02T02:00:00Z, MUNICIPAL",  // known from the instant it was recorded
            "2024-12-31, 2026-12-31T00:00:00Z, OFF",        // before any listing date
            "2025-01-10, 2026-07-04T00:00:00Z, MUNICIPAL",  // listed from 01-01 as then known
            "2025-01-10, 2026-07-05T02:00:00Z, OFF",        // the correction to 01-15 is known
            "2025-01-15, 2026-07-05T02:00:00Z, MUNICIPAL",
            "2025-12-15, 2025-12-02T00:00:00Z, MUNICIPAL",  // the upgrade not yet recorded
            "2025-12-15, 2025-12-03T02:00:00Z, NATIONAL",
            "2025-11-30, 2026-12-31T00:00:00Z, MUNICIPAL",  // the day before the upgrade took effect
            "2026-05-20, 2026-06-29T02:00:00Z, NATIONAL",   // last month, known yesterday: still on
            "2026-05-20, 2026-06-30T02:00:00Z, OFF",        // last month, known now: the back-dated removal counts
            "2026-05-11, 2026-06-30T02:00:00Z, NATIONAL",   // the day before the removal as first recorded
            "2026-05-11, 2026-07-02T02:00:00Z, OFF",        // the corrected removal from 05-10 is known
            "2026-05-10, 2026-07-01T00:00:00Z, NATIONAL",
            "2026-05-10, 2026-07-02T02:00:00Z, OFF",
            "2026-05-09, 2026-12-31T00:00:00Z, NATIONAL"})
    void the_answer_depends_on_both_the_day_and_what_was_known(LocalDate asOf, Instant knownAt, String expected) {
        Optional<Standing> standing = Standing.knownAt(FACTS, knownAt);

        boolean on = standing.isPresent() && standing.get().onListOn(asOf);
        assertThat(on ? standing.get().levelOn(asOf).name() : "OFF").isEqualTo(expected);
    }

    @Test
    void what_is_known_now_names_the_corrected_dates() {
        assertThat(Standing.knownAt(FACTS, Instant.parse("2026-12-31T00:00:00Z"))).contains(new Standing(
                LocalDate.parse("2025-01-15"), ListLevel.MUNICIPAL, LocalDate.parse("2025-12-01"), ListLevel.NATIONAL,
                LocalDate.parse("2026-05-10")));
        assertThat(Standing.knownAt(FACTS, REMOVED_AT.minusNanos(1))).contains(new Standing(
                LocalDate.parse("2025-01-01"), ListLevel.MUNICIPAL, LocalDate.parse("2025-12-01"), ListLevel.NATIONAL, null));
    }

    @Test
    void an_entry_removed_on_its_listing_day_was_never_on_the_list() {
        List<Fact> facts = List.of(
                new Fact(Fact.Kind.LISTED, LocalDate.parse("2025-01-01"), LISTED_AT, ListLevel.MUNICIPAL),
                new Fact(Fact.Kind.REMOVED, LocalDate.parse("2025-01-01"), REMOVED_AT, null));

        Standing standing = Standing.knownAt(facts, REMOVED_AT).orElseThrow();

        assertThat(standing.onListOn(LocalDate.parse("2025-01-01"))).isFalse();
        assertThat(standing.onListOn(LocalDate.parse("2024-12-31"))).isFalse();
    }

    @Test
    void no_facts_no_standing() {
        assertThat(Standing.knownAt(List.of(), REMOVED_AT)).isEmpty();
    }
}
