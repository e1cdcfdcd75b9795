package org.greenledger.command.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.audit.log.*}.
 *
 * @param origin             the log's name, first line of every checkpoint and the name of its key
 * @param keyFile            where the log's Ed25519 signing key is kept, outside the database, so that
 *                           write access to MongoDB is not enough to re-sign a rewritten log; created on
 *                           first start (default {@code <greenledger.data>/audit-log-key.der})
 * @param checkpointInterval how often new events are added to the tree and, if there are any, a
 *                           checkpoint signed
 * @param selfCheckInterval  how often the whole store is re-hashed against the signed checkpoints
 */
@ConfigurationProperties("greenledger.audit.log")
public record AuditLogSettings(
        @DefaultValue("greenledger.local/event-log") String origin,
        Path keyFile,
        @DefaultValue("2s") Duration checkpointInterval,
        @DefaultValue("60s") Duration selfCheckInterval) {
}
