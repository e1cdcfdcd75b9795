package org.greenledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.greenledger.contracts.subsidy.ProgrammeOpened;
import org.greenledger.contracts.subsidy.RuleSetPublished;
import org.greenledger.platform.store.AxonJackson;
import org.greenledger.platform.store.RuleSetInterestUpcaster;
import org.junit.jupiter.api.Test;

/** Revision-1 rule-set events, as stored before interest rules existed, still read, as revision 2 with no interest rule. */
class RuleSetUpcastingTest {

    static final String RULES_V1 = "{\"version\":1,\"eligibility\":{\"greenListRequired\":true,\"greenListCategories\":"
            + "[\"GREEN_FACTORY\"],\"energyAuditWithinYears\":3,\"twoHighExcluded\":true},\"amounts\":{\"ratePerTce\":"
            + "{\"fen\":200000},\"investmentShare\":{\"value\":30.00},\"capPerProject\":{\"fen\":1000000000}}}";
    static final String PUBLISHED_V1 = "{\"programmeId\":{\"value\":\"6f1c1a2e-0d4b-4c59-9a57-1e0b7b3f2a10\"},\"rules\":"
            + RULES_V1.replace("\"version\":1", "\"version\":2") + ",\"reason\":\"下调\",\"publishedAt\":\"2026-06-01T02:00:00Z\"}";

    final Serializer serializer = AxonJackson.serializer(new org.axonframework.serialization.AnnotationRevisionResolver());

    @Test
    void a_revision_1_rule_set_publication_is_read_as_revision_2_without_an_interest_rule() {
        IntermediateEventRepresentation upcast = upcast(RuleSetPublished.class.getName(), PUBLISHED_V1);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        RuleSetPublished event = serializer.deserialize(upcast.getData());
        assertThat(event.rules().version()).isEqualTo(2);
        assertThat(event.rules().interest()).isNull();
        assertThat(event.rules().amounts().capPerProject().fen()).isEqualTo(1_000_000_000L);
    }

    @Test
    void revision_2_and_other_types_pass_through_unchanged() {
        RuleSetInterestUpcaster upcaster = new RuleSetInterestUpcaster();
        InitialEventRepresentation current = representation(ProgrammeOpened.class.getName(), "2", "{}");
        InitialEventRepresentation other = representation("org.greenledger.contracts.subsidy.ApplicationSubmitted", "1", "{}");
        List<IntermediateEventRepresentation> out = upcaster.upcast(java.util.stream.Stream.of(current, other)).toList();
        assertThat(out).containsExactly(current, other);
    }

    private IntermediateEventRepresentation upcast(String type, String json) {
        return new RuleSetInterestUpcaster().upcast(java.util.stream.Stream.of(representation(type, "1", json)))
                .findFirst().orElseThrow();
    }

    private InitialEventRepresentation representation(String type, String revision, String json) {
        GenericDomainEventEntry<String> entry = new GenericDomainEventEntry<>("Programme", "p-1", 1, "e-1",
                Instant.parse("2026-06-01T02:00:00Z"), type, revision, json, "{}");
        return new InitialEventRepresentation(entry, serializer);
    }
}
