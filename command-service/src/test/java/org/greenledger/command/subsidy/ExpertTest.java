package org.greenledger.command.subsidy;

import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.greenledger.command.subsidy.SubsidyFixtures.*;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.subsidy.AffiliationDeclared;
import org.greenledger.contracts.subsidy.DeclareAffiliation;
import org.greenledger.contracts.subsidy.ExpertRegistered;
import org.greenledger.contracts.subsidy.RegisterExpert;
import org.greenledger.kernel.failure.IllegalTransition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpertTest {

    private final FixtureConfiguration<Expert> fixture = new AggregateTestFixture<>(Expert.class);

    @BeforeEach
    void pinTheClock() {
        fixture.registerInjectableResource(CLOCK);
    }

    @Test
    void an_expert_joins_the_roster_with_their_ties() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExpert(WANG, "王工", List.of(OTHER)))
                .expectEvents(new ExpertRegistered(WANG, "王工", List.of(OTHER), NOW))
                .expectResultMessagePayload(WANG);
    }

    @Test
    void an_expert_is_registered_once() {
        fixture.given(new ExpertRegistered(WANG, "王工", List.of(), EARLIER))
                .when(new RegisterExpert(WANG, "王工", List.of()))
                .expectNoEvents()
                .expectException(IllegalTransition.class);
    }

    @Test
    void the_same_enterprise_twice_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterExpert(WANG, "王工", List.of(OTHER, OTHER)))
                .expectNoEvents()
                .expectException(invalidAt("affiliations"));
    }

    @Test
    void a_further_tie_is_declared_once() {
        fixture.given(new ExpertRegistered(WANG, "王工", List.of(OTHER), EARLIER))
                .when(new DeclareAffiliation(WANG, STEEL))
                .expectEvents(new AffiliationDeclared(WANG, STEEL, NOW));
        fixture.given(new ExpertRegistered(WANG, "王工", List.of(OTHER), EARLIER))
                .when(new DeclareAffiliation(WANG, OTHER))
                .expectNoEvents()
                .expectException(IllegalTransition.class);
    }
}
