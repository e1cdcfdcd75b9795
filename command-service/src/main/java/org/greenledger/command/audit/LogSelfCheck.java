package org.greenledger.command.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.greenledger.eventstore.SettledEvents;
import org.greenledger.eventstore.StoredEvent;
import org.greenledger.verifier.MerkleTree;
import org.greenledger.verifier.VerificationFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Re-hashes the whole store, as it is now, against what the log signed: every stored checkpoint must
 * verify with the log's key, and the events must still hash, leaf by leaf, to the leaves the log holds
 * and to every signed root. An edited, deleted, inserted or reordered event, a rewritten leaf or
 * checkpoint, each breaks one of these. A failed check turns the {@code auditLog} health component
 * DOWN, sets the {@code greenledger.audit.log.intact} gauge to 0 and logs an ERROR line per finding;
 * it stays so until a check passes again.
 */
public class LogSelfCheck implements HealthIndicator {

    private static final Logger logger = LoggerFactory.getLogger(LogSelfCheck.class);
    private static final int BATCH = 500;
    private static final int MAX_FINDINGS = 20;

    private final AuditLog log;
    private final MongoEventStorageEngine engine;
    private final Clock clock;
    private final Counter passed;
    private final Counter failed;
    private volatile Result last;

    /**
     * One check's outcome.
     *
     * @param at          when it ran
     * @param intact      whether the store still matches what the log signed
     * @param leaves      how many leaves were re-hashed
     * @param checkpoints how many signed checkpoints were checked
     * @param findings    what does not match, first ones first
     * @param took        how long it took
     */
    public record Result(Instant at, boolean intact, long leaves, long checkpoints, List<String> findings, Duration took) {
    }

    LogSelfCheck(AuditLog log, MongoEventStorageEngine engine, Clock clock, MeterRegistry meters) {
        this.log = log;
        this.engine = engine;
        this.clock = clock;
        this.passed = Counter.builder("greenledger.audit.log.self-checks").tag("result", "intact").register(meters);
        this.failed = Counter.builder("greenledger.audit.log.self-checks").tag("result", "tampered").register(meters);
        Gauge.builder("greenledger.audit.log.intact", this, check -> check.last == null || check.last.intact() ? 1 : 0)
                .description("1 while the event store matches the signed audit log, 0 after a self-check found it tampered")
                .register(meters);
    }

    public Result run() {
        long started = System.nanoTime();
        List<String> findings = new ArrayList<>();
        log.refusal().ifPresent(why -> findings.add("The log stopped signing: " + why));
        // read before the stored ones: a checkpoint the log holds is stored before it holds it, never after
        Optional<AuditLog.Signed> latest = log.latest();
        List<AuditLog.Signed> checkpoints = List.of();
        try {
            checkpoints = log.storedCheckpoints();
        } catch (VerificationFailure e) {
            findings.add("A stored checkpoint is not what the log signed: " + e.getMessage());
        }
        long signedSize = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).checkpoint().size();
        latest.ifPresent(signed -> {
            if (signed.checkpoint().size() > signedSize) {
                findings.add("The checkpoint of size " + signed.checkpoint().size() + " that this log signed is no longer stored");
            }
        });
        List<byte[]> logged = log.leafHashes(log.size());
        // another instance may have signed further than this one has taken in: re-hash as far as either
        long target = Math.max(logged.size(), signedSize);
        List<byte[]> rehashed = new ArrayList<>();
        List<Long> rehashedPositions = new ArrayList<>();
        long next = 0;
        long stoppedAt = 0;
        while (rehashed.size() < target) {
            SettledEvents settled = engine.settled(next, BATCH);
            stoppedAt = settled.next();
            for (StoredEvent event : settled.events()) {
                if (rehashed.size() < target) {
                    rehashed.add(AuditLog.entry(event).leafHash());
                    rehashedPositions.add(event.position());
                }
            }
            if (settled.next() != next + BATCH) {
                break;
            }
            next = settled.next();
        }
        if (rehashed.size() < target) {
            findings.add("The store holds " + rehashed.size() + " events before position " + stoppedAt + " where the log has "
                    + target + ": the event there was deleted, or its commit edited");
        }
        compareLeaves(logged, rehashed, rehashedPositions, findings);
        compareStoredLeaves(logged, findings);
        MerkleTree tree = new MerkleTree(rehashed);
        List<AuditLog.Signed> broken = new ArrayList<>();
        for (AuditLog.Signed signed : checkpoints) {
            long size = signed.checkpoint().size();
            if (size > rehashed.size() || !MessageDigest.isEqual(tree.root(size), signed.checkpoint().root())) {
                broken.add(signed);
            }
        }
        if (!broken.isEmpty()) {
            AuditLog.Signed first = broken.get(0);
            findings.add("The events no longer hash to " + broken.size() + " of the " + checkpoints.size()
                    + " signed checkpoints, the first of size " + first.checkpoint().size() + " signed at "
                    + first.checkpoint().time());
        }
        Result result = new Result(clock.instant(), findings.isEmpty(), rehashed.size(), checkpoints.size(),
                List.copyOf(findings.subList(0, Math.min(MAX_FINDINGS, findings.size()))),
                Duration.ofNanos(System.nanoTime() - started));
        report(result);
        last = result;
        return result;
    }

    public Result last() {
        return last;
    }

    @Override
    public Health health() {
        Result result = last;
        if (result == null) {
            // a log that refused to sign at start is down before any check has run
            return log.refusal().map(why -> Health.down().withDetail("refusal", why).build())
                    .orElseGet(() -> Health.unknown().withDetail("selfCheck", "not run yet").build());
        }
        Health.Builder health = result.intact() ? Health.up() : Health.down();
        return health.withDetail("checkedAt", result.at().toString()).withDetail("leaves", result.leaves())
                .withDetail("checkpoints", result.checkpoints()).withDetail("findings", result.findings()).build();
    }

    private static void compareLeaves(List<byte[]> logged, List<byte[]> rehashed, List<Long> positions, List<String> findings) {
        int reported = 0;
        for (int i = 0; i < Math.min(logged.size(), rehashed.size()) && reported < MAX_FINDINGS; i++) {
            if (!MessageDigest.isEqual(logged.get(i), rehashed.get(i))) {
                findings.add("Leaf " + i + ": the event now at position " + positions.get(i)
                        + " does not hash to what the log recorded (edited, swapped, inserted or removed)");
                reported++;
            }
        }
    }

    private void compareStoredLeaves(List<byte[]> logged, List<String> findings) {
        List<Document> stored = log.storedLeaves();
        if (stored.size() < logged.size()) {
            findings.add("The leaves collection holds " + stored.size() + " leaves where the log has " + logged.size());
        }
        int reported = 0;
        for (int i = 0; i < Math.min(stored.size(), logged.size()) && reported < MAX_FINDINGS; i++) {
            Document leaf = stored.get(i);
            if (leaf.get("_id", Number.class).longValue() != i
                    || !MessageDigest.isEqual(Base64.getDecoder().decode(leaf.getString("hash")), logged.get(i))) {
                findings.add("Stored leaf " + i + " was rewritten");
                reported++;
            }
        }
    }

    private void report(Result result) {
        if (result.intact()) {
            passed.increment();
            if (last != null && !last.intact()) {
                logger.warn("Audit log self-check passes again: {} leaves, {} checkpoints", result.leaves(), result.checkpoints());
            } else {
                logger.debug("Audit log self-check: intact, {} leaves, {} checkpoints in {} ms", result.leaves(),
                        result.checkpoints(), result.took().toMillis());
            }
            return;
        }
        failed.increment();
        for (String finding : result.findings()) {
            logger.error("AUDIT LOG ALARM: {}", finding);
        }
    }
}
