package org.greenledger.platform.messaging;

import java.util.OptionalLong;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.platform.security.Actor;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Appends the record of a read that must be recorded (a bank's look at an enterprise, an auditor's
 * read), in either service. It has no aggregate, since a read decides nothing but that it happened,
 * and it is appended before the answer leaves, so no recorded read is ever answered without its record.
 */
public class ReadLog {

    private final EventBus events;

    public ReadLog(EventBus events) {
        this.events = events;
    }

    /** Set on the request once one of its reads is recorded, so that {@link AuditorReads} records none more. */
    static final String RECORDED = ReadLog.class.getName() + ".recorded";

    /** Appends {@code read}, stamped with who asked, and answers its global position. */
    public long record(Object read, Actor actor) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(RECORDED, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
        }
        AppendedPositions.clear();
        try {
            events.publish(GenericEventMessage.asEventMessage(read).andMetaData(ActorMetaData.of(actor)));
            OptionalLong position = AppendedPositions.last();
            return position.orElseThrow(() -> new IllegalStateException("The store reported no position for a recorded read"));
        } finally {
            AppendedPositions.clear();
        }
    }
}
