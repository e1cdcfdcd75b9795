package org.greenledger.command.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.greenledger.contracts.audit.AuditRead;
import org.greenledger.kernel.RecordIds;
import org.greenledger.kernel.WholeNumbers;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.messaging.ReadLog;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A record's state as of a past moment, for auditors only: here, beside the aggregates whose own
 * event-sourcing handlers rebuild it, because a read model would be the system's say-so. Exactly one
 * of {@code position} (a global event position) or {@code at} (an ISO instant). Recorded as a read.
 */
@RestController
@RequestMapping("/api/audit/records/{recordId}/state")
class AuditStateController {

    private final RecordStates states;
    private final ReadLog readLog;
    private final Clock clock;

    AuditStateController(RecordStates states, ReadLog readLog, Clock clock) {
        this.states = states;
        this.readLog = readLog;
        this.clock = clock;
    }

    @GetMapping
    RecordStates.State state(@PathVariable("recordId") String recordId,
                             @RequestParam(name = "position", required = false) String position,
                             @RequestParam(name = "at", required = false) String at, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        String id = RecordIds.check(recordId, "recordId");
        RecordStates.AsOf asOf = asOf(position, at);
        RecordStates.State state = states.of(id, asOf).orElseThrow(() -> new NotFound("audit.record-not-found",
                "Record " + id + " has no event " + (asOf.position() != null ? "at or before position " + asOf.position()
                        : "at or before " + asOf.at()) + "."));
        readLog.record(new AuditRead("state", id, clock.instant()), actor);
        return state;
    }

    private static RecordStates.AsOf asOf(String position, String at) {
        if ((position == null) == (at == null)) {
            throw new InvalidInput("request.missing-field", "position", "Give exactly one of position (a global event "
                    + "position) or at (an instant like 2026-12-03T02:00:00Z).");
        }
        if (position != null) {
            return new RecordStates.AsOf(WholeNumbers.nonNegative(position, "position", "audit.position-format",
                    "a global event position"), null);
        }
        try {
            return new RecordStates.AsOf(null, Instant.parse(at.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("audit.at-format", "at", "at is an instant like 2026-12-03T02:00:00Z, not '" + at + "'.");
        }
    }
}
