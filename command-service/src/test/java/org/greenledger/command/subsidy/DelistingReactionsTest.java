package org.greenledger.command.subsidy;

import static org.greenledger.command.subsidy.SubsidyFixtures.*;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.test.saga.SagaTestFixture;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApplicationWithdrawn;
import org.greenledger.contracts.subsidy.ReviewDelisting;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.junit.jupiter.api.Test;

/** The steel works applies twice and withdraws one application; then its green factory entry is removed. */
class DelistingReactionsTest {

    static final EntryId FACTORY = EntryId.of("30000000-0000-4000-8000-000000000001");
    static final EntryId OTHERS_ENTRY = EntryId.of("30000000-0000-4000-8000-000000000002");
    static final LocalDate OFF_FROM = LocalDate.of(2026, 6, 25);
    static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

    private final SagaTestFixture<DelistingReactions> fixture = new SagaTestFixture<>(DelistingReactions.class);

    static EnterpriseRegistered registered(org.greenledger.kernel.enterprise.Uscc uscc) {
        return new EnterpriseRegistered(uscc, "企业", DivisionCode.of("310113"), IndustryCode.of("C3110"), true, AT);
    }

    static EntryNominated nominated(EntryId entry, org.greenledger.kernel.enterprise.Uscc uscc) {
        return new EntryNominated(entry, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BatchName.of("2025-1"), uscc, "企业",
                DivisionCode.of("310113"), ListedUnit.enterprise(), AT);
    }

    static EntryRemoved removal(EntryId entry) {
        return new EntryRemoved(entry, RemovalReason.FALSIFIED_DATA, "数据造假", OFF_FROM, "沪经信〔2026〕9号", AT);
    }

    @Test
    void a_removal_asks_each_of_the_enterprises_remaining_applications_to_review_it() {
        fixture.givenAggregate(STEEL.value()).published(registered(STEEL))
                .andThenAggregate(FACTORY.value()).published(nominated(FACTORY, STEEL))
                .andThenAggregate(APPLICATION.value()).published(new ApplicationSubmitted(APPLICATION, PROGRAMME, STEEL, 1, AT))
                .andThenAggregate(EARLIER_APPLICATION.value()).published(new ApplicationSubmitted(EARLIER_APPLICATION,
                        PROGRAMME, STEEL, 1, AT), new ApplicationWithdrawn(EARLIER_APPLICATION, "另行申报", AT))
                .whenPublishingA(removal(FACTORY))
                .expectDispatchedCommands(new ReviewDelisting(APPLICATION, FACTORY, ListCategory.GREEN_FACTORY,
                        RemovalReason.FALSIFIED_DATA, OFF_FROM));
    }

    @Test
    void another_enterprises_removal_asks_nothing_of_these_applications() {
        fixture.givenAggregate(STEEL.value()).published(registered(STEEL))
                .andThenAggregate(OTHER.value()).published(registered(OTHER))
                .andThenAggregate(OTHERS_ENTRY.value()).published(nominated(OTHERS_ENTRY, OTHER))
                .andThenAggregate(APPLICATION.value()).published(new ApplicationSubmitted(APPLICATION, PROGRAMME, STEEL, 1, AT))
                .whenPublishingA(removal(OTHERS_ENTRY))
                .expectNoDispatchedCommands();
    }

    @Test
    void an_enterprise_is_followed_from_its_registration() {
        fixture.givenNoPriorActivity()
                .whenAggregate(STEEL.value()).publishes(registered(STEEL))
                .expectActiveSagas(1)
                .expectAssociationWith("uscc", STEEL.value());
    }
}
