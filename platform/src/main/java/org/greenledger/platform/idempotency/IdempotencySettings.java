package org.greenledger.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.idempotency.*}.
 *
 * @param enabled        the command service turns this on; the query service leaves it off
 * @param pendingTimeout a first attempt still pending after this long is taken to have died
 *                       (its process crashed), and a retry may run in its place
 * @param retention      how long answers are kept for replay (a TTL index on a real MongoDB)
 */
@ConfigurationProperties("greenledger.idempotency")
public record IdempotencySettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("60s") Duration pendingTimeout,
        @DefaultValue("24h") Duration retention) {
}
