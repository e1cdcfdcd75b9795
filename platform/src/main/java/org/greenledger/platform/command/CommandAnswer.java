package org.greenledger.platform.command;

/**
 * What a command endpoint learns from dispatching: the handler's result and the global position
 * of the last event the command appended ({@code null} when it appended none). Clients pass the
 * position back to the query service ({@code X-Min-Position}) to read their own writes.
 */
public record CommandAnswer<R>(R result, Long position) {
}
