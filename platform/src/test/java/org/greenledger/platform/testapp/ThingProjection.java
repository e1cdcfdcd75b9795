package org.greenledger.platform.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

@Component
@ProcessingGroup(ThingProjection.GROUP)
public class ThingProjection {

    public static final String GROUP = "things";

    public final Map<String, String> names = new ConcurrentHashMap<>();
    public final Map<String, MetaData> metaData = new ConcurrentHashMap<>();
    /** The correlation id the log lines of this handler carried. */
    public final Map<String, String> loggedCorrelationIds = new ConcurrentHashMap<>();

    @EventHandler
    void on(Things.ThingCreated event, MetaData eventMetaData) {
        String logged = MDC.get("correlationId");
        if (logged != null) {
            loggedCorrelationIds.put(event.id(), logged);
        }
        metaData.put(event.id(), eventMetaData);
        names.put(event.id(), event.name());
    }
}
