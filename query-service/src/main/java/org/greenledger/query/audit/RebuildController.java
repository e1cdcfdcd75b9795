package org.greenledger.query.audit;

import static org.greenledger.query.QueryParameters.read;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.greenledger.contracts.audit.AuditRead;
import org.greenledger.kernel.Uuids;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.messaging.ReadLog;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.greenledger.query.ReadModelRebuilds;
import org.greenledger.query.Rebuild;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds of read models from the events, started and watched by auditors only: the query side keeps
 * answering from the read models in use until a rebuilt one has caught up, and each rebuild shows its
 * progress and both checksums at the switch. Every request here is recorded, like every audit read.
 */
@RestController
@RequestMapping("/api/audit/rebuilds")
class RebuildController {

    private final ReadModelRebuilds rebuilds;
    private final ReadLog readLog;
    private final Clock clock;

    RebuildController(ReadModelRebuilds rebuilds, ReadLog readLog, Clock clock) {
        this.rebuilds = rebuilds;
        this.readLog = readLog;
        this.clock = clock;
    }

    /** @param processingGroup the read model to rebuild, or {@code all} */
    record StartRebuild(String processingGroup) {
    }

    /** 202 with the rebuilds started (one per read model), {@code Location} naming it when there is one. */
    @PostMapping
    ResponseEntity<List<Rebuild>> start(@RequestBody(required = false) StartRebuild body,
                                        @RequestParam(name = "processingGroup", required = false) String parameter,
                                        Actor actor) {
        actor.requireRole(Role.AUDITOR);
        String group = body != null && body.processingGroup() != null ? body.processingGroup() : parameter;
        if (group == null || group.isBlank()) {
            throw new InvalidInput("request.missing-field", "processingGroup",
                    "Name the processing group whose read model to rebuild, or " + ReadModelRebuilds.ALL + ".");
        }
        List<Rebuild> started = rebuilds.start(group.strip());
        readLog.record(new AuditRead("rebuild-start", group.strip(), clock.instant()), actor);
        ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted();
        if (started.size() == 1) {
            accepted.location(URI.create("/api/audit/rebuilds/" + started.get(0).id()));
        }
        return accepted.body(started);
    }

    @GetMapping
    List<Rebuild> all(Actor actor) {
        actor.requireRole(Role.AUDITOR);
        List<Rebuild> all = rebuilds.all();
        readLog.record(new AuditRead("rebuilds", "all", clock.instant()), actor);
        return all;
    }

    @GetMapping("/{rebuildId}")
    Rebuild one(@PathVariable("rebuildId") String path, Actor actor) {
        actor.requireRole(Role.AUDITOR);
        String id = read("rebuildId", path, raw -> Uuids.check(raw, "rebuild-id", "A rebuild id"));
        Rebuild rebuild = rebuilds.find(id)
                .orElseThrow(() -> new NotFound("audit.rebuild-not-found", "There is no rebuild " + id + " since the service started."));
        readLog.record(new AuditRead("rebuild", id, clock.instant()), actor);
        return rebuild;
    }
}
