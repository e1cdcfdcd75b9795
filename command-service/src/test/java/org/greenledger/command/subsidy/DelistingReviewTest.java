package org.greenledger.command.subsidy;

import static org.greenledger.command.subsidy.SubsidyFixtures.*;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.subsidy.ClawbackReviewOpened;
import org.greenledger.contracts.subsidy.FlaggedForListingReview;
import org.greenledger.contracts.subsidy.ReviewDelisting;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.RuleSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The applicant's green factory entry is removed; the programme's rule set requires a green factory listing.
 * A pending application is flagged for review; a granted one gets a clawback review only for cause.
 */
class DelistingReviewTest {

    static final EntryId FACTORY = EntryId.of("30000000-0000-4000-8000-000000000001");
    static final LocalDate OFF_FROM = LocalDate.of(2026, 6, 25);

    private final FixtureConfiguration<Application> fixture = new AggregateTestFixture<>(Application.class);

    @BeforeEach
    void pinTheClockAndTheProgramme() {
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(FakeProgrammes.withBudget());
    }

    static ReviewDelisting removed(RemovalReason reason) {
        return new ReviewDelisting(APPLICATION, FACTORY, ListCategory.GREEN_FACTORY, reason, OFF_FROM);
    }

    @Test
    void a_pending_application_is_flagged_for_the_officials_review_whatever_the_ground() {
        fixture.given(drafted(), submitted(), accepted())
                .when(removed(RemovalReason.VOLUNTARY_WITHDRAWAL))
                .expectEvents(new FlaggedForListingReview(APPLICATION, FACTORY, RemovalReason.VOLUNTARY_WITHDRAWAL, OFF_FROM,
                        NOW));
        fixture.given(approved())
                .when(removed(RemovalReason.MISSED_DECLARATIONS))
                .expectEvents(new FlaggedForListingReview(APPLICATION, FACTORY, RemovalReason.MISSED_DECLARATIONS, OFF_FROM,
                        NOW));
    }

    @Test
    void a_granted_application_gets_a_clawback_review_when_the_removal_is_for_cause_only() {
        fixture.given(granted())
                .when(removed(RemovalReason.FALSIFIED_DATA))
                .expectEvents(new ClawbackReviewOpened(APPLICATION, FACTORY, RemovalReason.FALSIFIED_DATA, OFF_FROM, NOW));
        fixture.given(granted())
                .when(removed(RemovalReason.OWNERSHIP_OR_BOUNDARY_CHANGED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void the_same_removal_reviewed_again_records_nothing() {
        fixture.given(drafted(), submitted(), new FlaggedForListingReview(APPLICATION, FACTORY, RemovalReason.FAILED_REVIEW,
                        OFF_FROM, EARLIER))
                .when(removed(RemovalReason.FAILED_REVIEW))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void drafts_and_programmes_that_do_not_need_this_listing_are_left_alone() {
        fixture.given(drafted())
                .when(removed(RemovalReason.FALSIFIED_DATA))
                .expectNoEvents();
        fixture.given(drafted(), submitted())
                .when(new ReviewDelisting(APPLICATION, FACTORY, ListCategory.GREEN_DESIGN_PRODUCT, RemovalReason.FALSIFIED_DATA,
                        OFF_FROM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        FixtureConfiguration<Application> noListingNeeded = new AggregateTestFixture<>(Application.class);
        noListingNeeded.registerInjectableResource(CLOCK);
        noListingNeeded.registerInjectableResource(new FakeProgrammes(BUDGET, new RuleSet(1,
                new EligibilityRules(false, Set.of(), 3, true), AMOUNTS)));
        noListingNeeded.given(drafted(), submitted())
                .when(removed(RemovalReason.FALSIFIED_DATA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
