package org.greenledger.platform.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.greenledger.platform.security.Actor;

/**
 * The metadata a message starts with when a caller's request causes it: who, in which role, and the
 * request's ids. Commands get it from the command sender; a recorded read gets it directly.
 */
public final class ActorMetaData {

    private ActorMetaData() {
    }

    public static Map<String, Object> of(Actor actor) {
        String requestId = Correlation.requestId();
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        String correlationId = Correlation.correlationId();
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.SUBJECT, actor.subject());
        metaData.put(MetaDataKeys.ROLE, actor.role().name());
        if (actor.uscc() != null) {
            metaData.put(MetaDataKeys.USCC, actor.uscc().value());
        }
        if (actor.bankId() != null) {
            metaData.put(MetaDataKeys.BANK_ID, actor.bankId());
        }
        metaData.put(MetaDataKeys.CORRELATION_ID, correlationId != null ? correlationId : requestId);
        metaData.put(MetaDataKeys.REQUEST_ID, requestId);
        metaData.put(MetaDataKeys.CAUSATION_ID, requestId);
        return metaData;
    }
}
