package org.greenledger.contracts.greenfinance;

import java.time.Instant;

/**
 * One step of a consent's or a credit request's history.
 *
 * @param event    the event's name
 * @param at       when it was recorded
 * @param position its global position
 * @param by       who (the token's subject)
 * @param role     in which role
 */
public record Step(
        String event, Instant at, long position, String by, String role) {
}
