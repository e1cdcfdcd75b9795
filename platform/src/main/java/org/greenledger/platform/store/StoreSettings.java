package org.greenledger.platform.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.store.*}.
 *
 * @param batchSize          events per read of the store by a tracking processor
 * @param processorBatchSize events a tracking processor handles in one unit of work, with one
 *                           token write
 * @param gapTimeout         how long a position left unused (a commit still in flight, or one
 *                           that failed) is waited for before processors move past it
 * @param snapshotThreshold  events after which the {@code snapshotTriggerDefinition} bean takes a
 *                           snapshot of an aggregate
 */
@ConfigurationProperties("greenledger.store")
public record StoreSettings(
        @DefaultValue("100") int batchSize,
        @DefaultValue("500") int processorBatchSize,
        @DefaultValue("10s") Duration gapTimeout,
        @DefaultValue("100") int snapshotThreshold) {
}
