package org.greenledger.bench;

import java.time.Duration;

/**
 * One store size's measurements and where they go.
 *
 * @param explained whether the round trips of its figures are printed (the first and last size)
 */
record Column(String name, Report report, long size, boolean explained, Runs runs, Duration replayCap,
              Duration axonMongoReplayCap, boolean withAxonMongo) {
}
