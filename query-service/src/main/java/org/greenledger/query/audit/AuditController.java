package org.greenledger.query.audit;

import java.time.Clock;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.audit.AuditRead;
import org.greenledger.contracts.audit.CorrelationTrail;
import org.greenledger.contracts.audit.FindCorrelation;
import org.greenledger.contracts.audit.FindHistory;
import org.greenledger.contracts.audit.RecordHistory;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.greenledger.query.ReadLog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: any record's full history and everything one correlation caused. Auditors read all
 * of it; an enterprise reads the history of its own records only (another's does not exist for it);
 * every other role gets 403. Every read here is recorded before the answer leaves.
 */
@RestController
@RequestMapping("/api/audit")
@ReadModel(AuditTrailProjection.PROCESSING_GROUP)
class AuditController {

    static final int ID_MAX = 200;

    private final QueryGateway queries;
    private final ReadLog readLog;
    private final Clock clock;

    AuditController(QueryGateway queries, ReadLog readLog, Clock clock) {
        this.queries = queries;
        this.readLog = readLog;
        this.clock = clock;
    }

    @GetMapping("/records/{recordId}/history")
    RecordHistory history(@PathVariable("recordId") String recordId, Actor actor) {
        actor.requireRole(Role.AUDITOR, Role.ENTERPRISE);
        String id = checked("recordId", recordId);
        RecordHistory history = queries.query(new FindHistory(id), ResponseTypes.optionalInstanceOf(RecordHistory.class))
                .join().orElse(null);
        if (history == null || (actor.is(Role.ENTERPRISE) && !actor.speaksFor(history.owner()))) {
            throw new NotFound("audit.record-not-found", "There is no record " + id + " whose history you may read.");
        }
        readLog.record(new AuditRead("history", id, clock.instant()), actor);
        return history;
    }

    @GetMapping("/correlations/{correlationId}")
    CorrelationTrail correlation(@PathVariable("correlationId") String correlationId, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        String id = checked("correlationId", correlationId);
        CorrelationTrail trail = queries.query(new FindCorrelation(id), ResponseTypes.optionalInstanceOf(CorrelationTrail.class))
                .join().orElseThrow(() -> new NotFound("audit.correlation-not-found", "Correlation " + id
                        + " caused nothing on record."));
        readLog.record(new AuditRead("correlation", id, clock.instant()), actor);
        return trail;
    }

    private static String checked(String field, String raw) {
        String id = raw == null ? "" : raw.strip();
        if (id.isEmpty() || id.length() > ID_MAX || !id.matches("[A-Za-z0-9._:-]+")) {
            throw new InvalidInput("audit.id-format", field, field + " has 1-" + ID_MAX
                    + " letters, digits, dots, colons, dashes or underscores; '" + raw + "' is not one.");
        }
        return id;
    }
}
