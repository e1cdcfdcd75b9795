package org.greenledger.query;

import java.time.Instant;

/**
 * One rebuild of a read model, as an auditor sees it.
 *
 * @param id              its id
 * @param processingGroup the read model rebuilt
 * @param state           where it is
 * @param reason          why it failed, if it did
 * @param fromGeneration  the generation in use when it started
 * @param toGeneration    the generation it fills
 * @param progress        events read, of how many, how fast, how long still
 * @param startedAt       when it started
 * @param finishedAt      when it was done or failed
 * @param checksumBefore  the read model in use at the switch (its processor paused), see {@link ReadModelChecksums}
 * @param checksumAfter   the rebuilt read model at the switch, having read exactly the same events
 * @param identical       whether the two are the same
 */
public record Rebuild(String id, String processingGroup, State state, String reason, long fromGeneration,
                      long toGeneration, RebuildProgress progress, Instant startedAt, Instant finishedAt,
                      ReadModelChecksums.Checksum checksumBefore, ReadModelChecksums.Checksum checksumAfter,
                      Boolean identical) {

    public enum State {
        /** Replaying from the first event into the new generation, while the one in use keeps answering. */
        REPLAYING,
        /** Caught up: the processor in use is paused until the rebuild has read what it read, then both switch. */
        SWITCHING,
        /** Switched: the rebuilt generation answers and its processor in use carries on from its own token. */
        DONE,
        /** Given up: the generation in use was never left; see the reason. */
        FAILED
    }
}
