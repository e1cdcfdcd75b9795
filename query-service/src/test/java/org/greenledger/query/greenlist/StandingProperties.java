package org.greenledger.query.greenlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.greenledger.kernel.greenlist.ListLevel;

/**
 * The as-of function against the plain rule it stands for. Days count from 2025-01-01, moments
 * in hours from 2025-01-01T00:00Z; each history lists, then may remove, then may correct either
 * date, recorded in that order.
 */
class StandingProperties {

    static final LocalDate DAY_ZERO = LocalDate.of(2025, 1, 1);
    static final Instant HOUR_ZERO = Instant.parse("2025-01-01T00:00:00Z");

    @Property
    void a_back_dated_removal_changes_nothing_known_before_it_was_recorded(
            @ForAll @IntRange(max = 700) int listed, @ForAll @IntRange(max = 700) int removedAfter,
            @ForAll @IntRange(min = 1, max = 5000) int removalRecordedHour, @ForAll @IntRange(max = 1500) int asOf,
            @ForAll @IntRange(max = 6000) int knownAtHour) {
        List<Fact> facts = List.of(
                new Fact(Fact.Kind.LISTED, day(listed), hour(0), ListLevel.MUNICIPAL),
                new Fact(Fact.Kind.REMOVED, day(listed + removedAfter), hour(removalRecordedHour), null));

        boolean on = Standing.knownAt(facts, hour(knownAtHour)).orElseThrow().onListOn(day(asOf));

        boolean removalKnown = knownAtHour >= removalRecordedHour;
        boolean expected = asOf >= listed && (!removalKnown || asOf < listed + removedAfter);
        assertThat(on).isEqualTo(expected);
    }

    @Property
    void a_correction_replaces_the_date_only_for_knowledge_from_its_recording_on(
            @ForAll @IntRange(max = 700) int listed, @ForAll @IntRange(max = 700) int correctedListing,
            @ForAll @IntRange(min = 1, max = 700) int removedAfter, @ForAll @IntRange(max = 1400) int correctedRemoval,
            @ForAll boolean removed, @ForAll @IntRange(max = 1500) int asOf, @ForAll @IntRange(max = 100) int knownAtHour) {
        // recorded at hours 0 (listing), 10 (removal), 20 (listing correction), 30 (removal correction)
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(Fact.Kind.LISTED, day(listed), hour(0), ListLevel.MUNICIPAL));
        if (removed) {
            facts.add(new Fact(Fact.Kind.REMOVED, day(listed + removedAfter), hour(10), null));
        }
        facts.add(new Fact(Fact.Kind.LISTING_CORRECTED, day(correctedListing), hour(20), null));
        if (removed) {
            facts.add(new Fact(Fact.Kind.REMOVAL_CORRECTED, day(correctedRemoval), hour(30), null));
        }

        boolean on = Standing.knownAt(facts, hour(knownAtHour)).orElseThrow().onListOn(day(asOf));

        int from = knownAtHour >= 20 ? correctedListing : listed;
        Integer to = !removed || knownAtHour < 10 ? null : knownAtHour >= 30 ? correctedRemoval : listed + removedAfter;
        assertThat(on).isEqualTo(asOf >= from && (to == null || asOf < to));
    }

    @Property
    void the_level_is_national_from_the_upgrade_day_once_the_upgrade_is_known(
            @ForAll @IntRange(max = 700) int listed, @ForAll @IntRange(max = 700) int upgradedAfter,
            @ForAll @IntRange(max = 1500) int asOf, @ForAll @IntRange(max = 20) int knownAtHour) {
        List<Fact> facts = List.of(
                new Fact(Fact.Kind.LISTED, day(listed), hour(0), ListLevel.MUNICIPAL),
                new Fact(Fact.Kind.UPGRADED, day(listed + upgradedAfter), hour(10), ListLevel.NATIONAL));

        ListLevel level = Standing.knownAt(facts, hour(knownAtHour)).orElseThrow().levelOn(day(asOf));

        boolean national = knownAtHour >= 10 && asOf >= listed + upgradedAfter;
        assertThat(level).isEqualTo(national ? ListLevel.NATIONAL : ListLevel.MUNICIPAL);
    }

    private static LocalDate day(int n) {
        return DAY_ZERO.plusDays(n);
    }

    private static Instant hour(int n) {
        return HOUR_ZERO.plusSeconds(3600L * n);
    }
}
