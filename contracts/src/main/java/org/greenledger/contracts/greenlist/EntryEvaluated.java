package org.greenledger.contracts.greenlist;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.Score;

/**
 * The nominated unit's third-party evaluation was recorded.
 *
 * @param entryId         the entry
 * @param score           0-100 points
 * @param evaluator       who evaluated
 * @param reportReference the evaluation report
 * @param evaluatedAt     when it was recorded
 */
@Revision("1")
public record EntryEvaluated(EntryId entryId, Score score, String evaluator, String reportReference, Instant evaluatedAt)
        implements ListEntryEvent {
}
