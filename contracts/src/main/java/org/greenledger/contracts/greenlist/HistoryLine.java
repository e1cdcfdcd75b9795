package org.greenledger.contracts.greenlist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change to an entry as its event recorded it: who, in which role, when, and why.
 *
 * @param position      the event's global position
 * @param recordedAt    when it was recorded
 * @param event         the event's name, e.g. {@code EntryRemoved}
 * @param subject       who (the token subject), or {@code null} when the event carried none
 * @param role          in which role, or {@code null}
 * @param effectiveFrom the valid date the change takes effect, for dated changes; else {@code null}
 * @param detail        what and why, in words
 */
public record HistoryLine(long position, Instant recordedAt, String event, String subject, String role,
                          LocalDate effectiveFrom, String detail) {
}
