package org.greenledger.command.audit;

import java.time.Clock;
import org.greenledger.contracts.audit.AuditRead;
import org.greenledger.kernel.RecordIds;
import org.greenledger.kernel.WholeNumbers;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.messaging.ReadLog;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.greenledger.verifier.Case;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tamper-evident log: its key and checkpoints for anyone (they reveal sizes and hashes only), its
 * proofs, cases and self-check for auditors, each auditor read recorded. Texts are served as they are
 * signed and proved, {@code text/plain}, so that any tlog tool reads them.
 */
@RestController
class AuditLogController {

    static final String KEY = "/api/audit/log/key";
    static final String CHECKPOINT = "/api/audit/log/checkpoint";
    static final String CHECKPOINTS = "/api/audit/log/checkpoints/{size}";
    private static final MediaType TEXT = new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);

    private final AuditLog log;
    private final LogSelfCheck selfCheck;
    private final ReadLog readLog;
    private final Clock clock;

    AuditLogController(AuditLog log, LogSelfCheck selfCheck, ReadLog readLog, Clock clock) {
        this.log = log;
        this.selfCheck = selfCheck;
        this.readLog = readLog;
        this.clock = clock;
    }

    @GetMapping(KEY)
    ResponseEntity<String> key() {
        return text(log.key().verifierKey() + "\n");
    }

    @GetMapping(CHECKPOINT)
    ResponseEntity<String> checkpoint() {
        return text(log.requireLatest().note());
    }

    @GetMapping(CHECKPOINTS)
    ResponseEntity<String> checkpoint(@PathVariable("size") String size) {
        return text(log.requireCheckpoint(number(size, "size")).note());
    }

    @GetMapping("/api/audit/log/inclusion")
    ResponseEntity<String> inclusion(@RequestParam(name = "position", required = false) String position,
                                     @RequestParam(name = "size", required = false) String size, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        if (position == null) {
            throw new InvalidInput("request.missing-field", "position", "position is required: the event's global position.");
        }
        long at = number(position, "position");
        String proof = log.inclusion(at, size == null ? null : number(size, "size")).text();
        readLog.record(new AuditRead("inclusion-proof", Long.toString(at), clock.instant()), actor);
        return text(proof);
    }

    @GetMapping("/api/audit/log/consistency")
    ResponseEntity<String> consistency(@RequestParam(name = "from", required = false) String from,
                                       @RequestParam(name = "to", required = false) String to, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        if (from == null || to == null) {
            throw new InvalidInput("request.missing-field", from == null ? "from" : "to",
                    "from and to are required: the sizes of two signed checkpoints.");
        }
        long older = number(from, "from");
        long newer = number(to, "to");
        String proof = log.consistency(older, newer).text();
        readLog.record(new AuditRead("consistency-proof", older + ".." + newer, clock.instant()), actor);
        return text(proof);
    }

    @GetMapping("/api/audit/records/{recordId}/case")
    ResponseEntity<String> exportCase(@PathVariable("recordId") String recordId, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        String id = RecordIds.check(recordId, "recordId");
        Case exported = log.caseOf(id);
        readLog.record(new AuditRead("case", id, clock.instant()), actor);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + id + ".json\"")
                .body(exported.json());
    }

    @GetMapping("/api/audit/log/self-check")
    LogSelfCheck.Result lastSelfCheck(Actor actor) {
        actor.requireRole(Role.AUDITOR);
        LogSelfCheck.Result last = selfCheck.last();
        if (last == null) {
            throw new NotFound("audit.self-check-not-run", "The self-check has not run yet; POST here to run it now.");
        }
        readLog.record(new AuditRead("self-check", "log", clock.instant()), actor);
        return last;
    }

    @PostMapping("/api/audit/log/self-check")
    LogSelfCheck.Result runSelfCheck(Actor actor) {
        actor.requireRole(Role.AUDITOR);
        LogSelfCheck.Result result = selfCheck.run();
        readLog.record(new AuditRead("self-check", "log", clock.instant()), actor);
        return result;
    }

    private static ResponseEntity<String> text(String body) {
        return ResponseEntity.ok().contentType(TEXT).body(body);
    }

    private static long number(String value, String field) {
        return WholeNumbers.nonNegative(value, field, "audit." + field + "-format",
                field.equals("position") ? "an event position" : "a tree size");
    }
}
