package org.greenledger.query;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.rebuilds.*}.
 *
 * @param batchSize        events per unit of work of a rebuild's processor (its tokens are kept in memory, so a large
 *                         batch costs nothing but the batch)
 * @param pollInterval     how often a rebuild is looked at: caught up yet, failed
 * @param progressInterval how often a running rebuild logs its progress
 * @param catchUpDistance  how many positions behind the processor in use a rebuild may be when that processor is
 *                         paused for the switch; the rest is replayed while it waits
 * @param switchTimeout    how long the processor in use may stay paused for the rebuild to reach it; past it the
 *                         rebuild fails and the processor in use carries on
 * @param dropDelay        how long the replaced generation is kept after the switch, for reads still running on it
 */
@ConfigurationProperties("greenledger.rebuilds")
public record RebuildSettings(
        @DefaultValue("250") int batchSize,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("5s") Duration progressInterval,
        @DefaultValue("100") long catchUpDistance,
        @DefaultValue("30s") Duration switchTimeout,
        @DefaultValue("5s") Duration dropDelay) {

    public RebuildSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("greenledger.rebuilds.batch-size must be at least 1, not " + batchSize);
        }
        if (catchUpDistance < 0) {
            throw new IllegalArgumentException("greenledger.rebuilds.catch-up-distance must not be negative, not "
                    + catchUpDistance);
        }
    }
}
