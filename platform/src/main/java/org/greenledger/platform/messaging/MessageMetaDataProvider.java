package org.greenledger.platform.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Hands the metadata of the message being handled on to every message produced while handling
 * it: who and in which role, the request and correlation ids unchanged, and as causation the
 * handled message itself.
 */
class MessageMetaDataProvider implements CorrelationDataProvider {

    private static final List<String> INHERITED = List.of(
            MetaDataKeys.SUBJECT, MetaDataKeys.ROLE, MetaDataKeys.USCC, MetaDataKeys.BANK_ID,
            MetaDataKeys.REQUEST_ID);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        MetaData parent = message.getMetaData();
        Map<String, Object> data = new HashMap<>();
        for (String key : INHERITED) {
            Object value = parent.get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.put(MetaDataKeys.CORRELATION_ID, parent.getOrDefault(MetaDataKeys.CORRELATION_ID, message.getIdentifier()));
        data.put(MetaDataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
