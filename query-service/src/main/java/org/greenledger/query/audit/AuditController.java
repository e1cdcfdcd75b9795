package org.greenledger.query.audit;

import static org.greenledger.query.QueryParameters.read;

import java.time.Clock;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.audit.AuditRead;
import org.greenledger.contracts.audit.CorrelationTrail;
import org.greenledger.contracts.audit.FindCorrelation;
import org.greenledger.contracts.audit.FindHistory;
import org.greenledger.contracts.audit.RecordHistory;
import org.greenledger.contracts.greenfinance.EligibilityChecked;
import org.greenledger.contracts.greenfinance.FindEligibilityCheck;
import org.greenledger.contracts.subsidy.ApplicationRecord;
import org.greenledger.contracts.subsidy.FindApplication;
import org.greenledger.kernel.RecordIds;
import org.greenledger.kernel.Uuids;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.platform.messaging.ReadLog;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.greenledger.query.ReadModelChecksums;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: any record's full history, everything one correlation caused, and decisions re-run. Auditors read all
 * of it and re-runs any recorded decision; an enterprise reads the history of its own records only
 * (another's does not exist for it);
 * every other role gets 403. Every read here is recorded before the answer leaves.
 */
@RestController
@RequestMapping("/api/audit")
@ReadModel(AuditTrailProjection.PROCESSING_GROUP)
class AuditController {

    private final QueryGateway queries;
    private final ReadLog readLog;
    private final ReadModelChecksums checksums;
    private final Clock clock;

    AuditController(QueryGateway queries, ReadLog readLog, ReadModelChecksums checksums, Clock clock) {
        this.queries = queries;
        this.readLog = readLog;
        this.checksums = checksums;
        this.clock = clock;
    }

    /** Every read model's checksum, to compare before and after a rebuild. */
    @GetMapping("/read-models")
    List<ReadModelChecksums.Checksum> readModels(Actor actor) {
        actor.requireRole(Role.AUDITOR);
        List<ReadModelChecksums.Checksum> all = checksums.all();
        readLog.record(new AuditRead("read-model-checksums", "all", clock.instant()), actor);
        return all;
    }

    @GetMapping("/records/{recordId}/history")
    RecordHistory history(@PathVariable("recordId") String recordId, Actor actor) {
        actor.requireRole(Role.AUDITOR, Role.ENTERPRISE);
        String id = RecordIds.check(recordId, "recordId");
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
        String id = RecordIds.check(correlationId, "correlationId");
        CorrelationTrail trail = queries.query(new FindCorrelation(id), ResponseTypes.optionalInstanceOf(CorrelationTrail.class))
                .join().orElseThrow(() -> new NotFound("audit.correlation-not-found", "Correlation " + id
                        + " caused nothing on record."));
        readLog.record(new AuditRead("correlation", id, clock.instant()), actor);
        return trail;
    }

    /** A funding decision re-run from its recorded facts under its recorded versions, beside the record. */
    @GetMapping("/decisions/{applicationId}/rerun")
    Reruns.Rerun rerunDecision(@PathVariable("applicationId") String path, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        ApplicationId id = read("applicationId", path, ApplicationId::of);
        ApplicationRecord application = queries.query(new FindApplication(id),
                ResponseTypes.optionalInstanceOf(ApplicationRecord.class)).join().orElse(null);
        if (application == null || application.decision() == null) {
            throw new NotFound("audit.decision-not-found", "Application " + id + " has no recorded decision.");
        }
        readLog.record(new AuditRead("decision-rerun", id.value(), clock.instant()), actor);
        return Reruns.decision(application);
    }

    /** A bank's eligibility check re-run from the facts it recorded, by the attestation it issued. */
    @GetMapping("/eligibility-checks/{attestationId}/rerun")
    Reruns.Rerun rerunCheck(@PathVariable("attestationId") String path, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        String id = read("attestationId", path, raw -> Uuids.check(raw, "attestation-id", "An attestation id"));
        EligibilityChecked check = queries.query(new FindEligibilityCheck(id),
                ResponseTypes.optionalInstanceOf(EligibilityChecked.class)).join()
                .orElseThrow(() -> new NotFound("audit.check-not-found", "No eligibility check issued attestation " + id + "."));
        readLog.record(new AuditRead("eligibility-rerun", id, clock.instant()), actor);
        return Reruns.check(check);
    }
}
