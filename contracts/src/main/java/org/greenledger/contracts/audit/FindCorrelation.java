package org.greenledger.contracts.audit;

/**
 * What did this correlation cause? Answered with a {@link CorrelationTrail}, or nothing when it caused nothing.
 *
 * @param correlationId the correlation id
 */
public record FindCorrelation(String correlationId) {
}
