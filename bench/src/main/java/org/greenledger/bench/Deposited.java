package org.greenledger.bench;

import java.time.Instant;

/**
 * The benchmark's only event; with the memo from {@link Workload} its JSON is about 350 bytes, the size the
 * issue and EMBEDDED-STORE.md measure with.
 */
record Deposited(String accountId, long amountFen, String currency, String reference, String memo,
                 Instant depositedAt) {
}
