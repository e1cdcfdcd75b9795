package org.greenledger.contracts.subsidy;

import java.time.Instant;

/**
 * One step of an application's history.
 *
 * @param event    the event's name, e.g. ApplicationSubmitted
 * @param at       when it was recorded
 * @param position its global position
 * @param by       who took the step (the token's subject)
 * @param role     in which role
 * @param note     what it said in short (reason, missing items, amount), or null
 */
public record TimelineLine(String event, Instant at, long position, String by, String role, String note) {
}
