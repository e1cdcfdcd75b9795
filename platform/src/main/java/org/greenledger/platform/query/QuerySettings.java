package org.greenledger.platform.query;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.query.*}.
 *
 * @param maxWait      how long a query with a minimum position waits for its read model
 * @param pollInterval how often it looks again meanwhile
 */
@ConfigurationProperties("greenledger.query")
public record QuerySettings(
        @DefaultValue("5s") Duration maxWait,
        @DefaultValue("10ms") Duration pollInterval) {
}
