package org.greenledger.contracts.audit;

import java.util.List;
import org.greenledger.kernel.enterprise.Uscc;

/**
 * A record's whole history, in stream order.
 *
 * @param recordId the record (its aggregate id)
 * @param type     the record's type, e.g. {@code Application}
 * @param owner    the enterprise the record belongs to, or null
 * @param entries  every event
 */
public record RecordHistory(String recordId, String type, Uscc owner, List<HistoryEntry> entries) {

    public RecordHistory {
        entries = List.copyOf(entries);
    }
}
