package org.greenledger.contracts.greenlist;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.Score;

/**
 * Record the third-party evaluation (第三方评价) of a nominated unit. Officials only; once.
 *
 * @param entryId         the entry
 * @param score           0-100 points
 * @param evaluator       who evaluated, 1-200 characters
 * @param reportReference the evaluation report's reference, 1-200 characters
 */
public record RecordEvaluation(@TargetAggregateIdentifier EntryId entryId, Score score, String evaluator,
                               String reportReference) {
}
