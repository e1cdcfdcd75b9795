package org.greenledger.contracts.audit;

import java.time.Instant;

/**
 * One event of a record's history, as an auditor reads it.
 *
 * @param position       its global position
 * @param sequence       its place in the record's own stream
 * @param event          the event's type (simple name)
 * @param revision       the event's revision
 * @param at             when it was recorded
 * @param by             who (the token's subject, or the process that acted)
 * @param role           in which role
 * @param reason         the reason the event gives, or null
 * @param ruleSetVersion the rule-set version it was decided under, or null
 * @param correlationId  what one request or process caused
 * @param causationId    what directly caused it
 * @param requestId      the HTTP request that started the chain
 */
public record HistoryEntry(long position, long sequence, String event, String revision, Instant at, String by, String role,
                           String reason, Integer ruleSetVersion, String correlationId, String causationId,
                           String requestId) {
}
