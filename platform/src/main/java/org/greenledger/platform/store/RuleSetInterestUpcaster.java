package org.greenledger.platform.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of {@code ProgrammeOpened} and {@code RuleSetPublished} to revision 2: the rule set gained
 * an interest rule (issue 7, 贴息), which revision 1's rule sets did not have. Named by type, since the
 * store reads events of contracts it does not import.
 */
public class RuleSetInterestUpcaster extends SingleEventUpcaster {

    static final Set<String> TYPES = Set.of("org.greenledger.contracts.subsidy.ProgrammeOpened",
            "org.greenledger.contracts.subsidy.RuleSetPublished");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return TYPES.contains(event.getType().getName()) && "1".equals(event.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), JsonNode.class, payload -> {
            JsonNode rules = payload.get("rules");
            if (rules instanceof ObjectNode object && !object.has("interest")) {
                object.putNull("interest");
            }
            return payload;
        });
    }
}
