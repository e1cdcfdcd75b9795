package org.greenledger.contracts.audit;

import java.time.Instant;
import java.util.List;

/**
 * Everything one request or one process caused, across records, in position order.
 *
 * @param correlationId the correlation
 * @param steps         each event with the record it belongs to
 */
public record CorrelationTrail(String correlationId, List<Step> steps) {

    public CorrelationTrail {
        steps = List.copyOf(steps);
    }

    /**
     * One event the correlation caused.
     *
     * @param position    its global position
     * @param recordId    the record, or null for an event of no record (a recorded read)
     * @param recordType  the record's type, or null
     * @param event       the event's type
     * @param at          when
     * @param by          who
     * @param causationId what directly caused it
     */
    public record Step(long position, String recordId, String recordType, String event, Instant at, String by,
                       String causationId) {
    }
}
