package org.greenledger.eventstore;

/**
 * One event exactly as the store holds it, every field the stored string or number, for those who
 * hash or compare events rather than handle them (the audit log). Nothing is deserialized or upcast.
 *
 * @param position      its global position
 * @param eventId       its identifier
 * @param aggregateType the aggregate's type, null for an event of no aggregate
 * @param aggregateId   the aggregate's identifier, likewise
 * @param seq           its sequence number in the aggregate, likewise
 * @param type          the payload type
 * @param revision      the payload revision, null when unversioned
 * @param timestamp     when it happened, the stored ISO-8601 text
 * @param metadata      the serialized metadata
 * @param payload       the serialized payload
 */
public record StoredEvent(long position, String eventId, String aggregateType, String aggregateId, Long seq, String type,
                          String revision, String timestamp, String metadata, String payload) {
}
