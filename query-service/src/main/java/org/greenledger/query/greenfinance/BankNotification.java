package org.greenledger.query.greenfinance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.RemovalReason;

/**
 * What a bank is told when an enterprise it has a live consent from, or an open loan with, leaves
 * the green list. The id is stable (the same removal, the same bank: the same id), so a bank drops
 * duplicates by it, in the feed and in webhook deliveries alike.
 *
 * @param id            stable id
 * @param bank          the bank told
 * @param type          {@value #ENTRY_REMOVED}
 * @param enterprise    the enterprise
 * @param entryId       the entry removed
 * @param category      its category
 * @param reason        the ground of removal
 * @param forCause      whether the ground is one for cause
 * @param effectiveFrom the first day off the list
 * @param removedAt     when the removal was recorded
 * @param because       why this bank is told: {@code CONSENT}, {@code LOAN} or both
 * @param position      the removal's global position, the feed's order
 */
record BankNotification(String id, BankId bank, String type, Uscc enterprise, EntryId entryId, ListCategory category,
                        RemovalReason reason, boolean forCause, LocalDate effectiveFrom, Instant removedAt,
                        List<String> because, long position) {

    static final String ENTRY_REMOVED = "greenlist.entry-removed";

    BankNotification {
        because = List.copyOf(because);
    }
}
