package org.greenledger.command.enterprise;

import static org.greenledger.command.enterprise.EnterpriseRequests.date;
import static org.greenledger.command.enterprise.EnterpriseRequests.divisionCode;
import static org.greenledger.command.enterprise.EnterpriseRequests.industryCode;
import static org.greenledger.command.enterprise.EnterpriseRequests.required;
import static org.greenledger.command.enterprise.EnterpriseRequests.text;
import static org.greenledger.command.enterprise.EnterpriseRequests.uscc;

import java.net.URI;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.greenledger.contracts.enterprise.ChangeProfile;
import org.greenledger.contracts.enterprise.ClearDishonesty;
import org.greenledger.contracts.enterprise.FlagDishonesty;
import org.greenledger.contracts.enterprise.RecordEnergyAudit;
import org.greenledger.contracts.enterprise.RegisterEnterprise;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.command.CommandAnswer;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's commands. Who may: an enterprise for itself, an official for any enterprise;
 * only officials keep the dishonesty list. Every answer carries the position of the last event
 * appended ({@code X-Position} and {@code position}) for reading one's own writes.
 */
@RestController
@RequestMapping("/api/enterprises")
class EnterpriseController {

    static final String POSITION_HEADER = "X-Position";

    private final CommandSender commands;

    EnterpriseController(CommandSender commands) {
        this.commands = commands;
    }

    /** What a command endpoint answers. {@code changed} is false when nothing needed recording. */
    record Recorded(String uscc, boolean changed, Long position) {
    }

    @PostMapping
    ResponseEntity<Recorded> register(@RequestBody EnterpriseRequests.Register body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.OFFICIAL);
        Uscc uscc = uscc(body.uscc());
        actor.requireOwnRecordIfEnterprise(uscc);
        RegisterEnterprise command = new RegisterEnterprise(uscc, text(body.name()), divisionCode(body.divisionCode()),
                industryCode(body.industryCode()), required("keyEnergyUser", body.keyEnergyUser()));
        CommandAnswer<Object> answer;
        try {
            answer = commands.send(command, actor);
        } catch (AggregateStreamCreationException registeredMeanwhile) {
            throw new IllegalTransition("enterprise.already-registered",
                    "Enterprise " + uscc + " is already registered; change its profile instead.");
        }
        return withPosition(ResponseEntity.created(URI.create("/api/enterprises/" + uscc)), answer.position())
                .body(new Recorded(uscc.value(), true, answer.position()));
    }

    @PutMapping("/{uscc}/profile")
    ResponseEntity<Recorded> changeProfile(@PathVariable("uscc") String path, @RequestBody EnterpriseRequests.Profile body,
                                           Actor actor) {
        Uscc uscc = ownOrOfficial(path, actor);
        ChangeProfile command = new ChangeProfile(uscc, text(body.name()), divisionCode(body.divisionCode()),
                industryCode(body.industryCode()), required("keyEnergyUser", body.keyEnergyUser()));
        CommandAnswer<Boolean> answer = send(command, actor);
        return ok(uscc, Boolean.TRUE.equals(answer.result()), answer.position());
    }

    @PostMapping("/{uscc}/energy-audits")
    ResponseEntity<Recorded> recordEnergyAudit(@PathVariable("uscc") String path,
                                               @RequestBody EnterpriseRequests.EnergyAudit body, Actor actor) {
        Uscc uscc = ownOrOfficial(path, actor);
        RecordEnergyAudit command = new RecordEnergyAudit(uscc, date("auditedOn", body.auditedOn()),
                text(body.reportReference()));
        return ok(uscc, true, send(command, actor).position());
    }

    @PostMapping("/{uscc}/dishonesty")
    ResponseEntity<Recorded> flagDishonesty(@PathVariable("uscc") String path,
                                            @RequestBody EnterpriseRequests.Dishonesty body, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        Uscc uscc = uscc(path);
        FlagDishonesty command = new FlagDishonesty(uscc, text(body.reason()), text(body.sourceReference()));
        return ok(uscc, true, send(command, actor).position());
    }

    /**
     * Clearing is recorded as a clearance with its own reason and source, so it is a POST of a
     * new fact rather than a DELETE with a body.
     */
    @PostMapping("/{uscc}/dishonesty/clearance")
    ResponseEntity<Recorded> clearDishonesty(@PathVariable("uscc") String path,
                                             @RequestBody EnterpriseRequests.Dishonesty body, Actor actor) {
        actor.requireRole(Role.OFFICIAL);
        Uscc uscc = uscc(path);
        ClearDishonesty command = new ClearDishonesty(uscc, text(body.reason()), text(body.sourceReference()));
        return ok(uscc, true, send(command, actor).position());
    }

    private static Uscc ownOrOfficial(String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.OFFICIAL);
        Uscc uscc = uscc(path);
        actor.requireOwnRecordIfEnterprise(uscc);
        return uscc;
    }

    /** Sends a command to a registered enterprise; an unregistered one is a 404 naming it. */
    private <R> CommandAnswer<R> send(Object command, Actor actor) {
        try {
            return commands.send(command, actor);
        } catch (AggregateNotFoundException notRegistered) {
            throw new NotFound("enterprise.not-found",
                    "No enterprise with USCC " + notRegistered.getAggregateIdentifier() + " is registered.");
        }
    }

    private static ResponseEntity<Recorded> ok(Uscc uscc, boolean changed, Long position) {
        return withPosition(ResponseEntity.ok(), position).body(new Recorded(uscc.value(), changed, position));
    }

    private static ResponseEntity.BodyBuilder withPosition(ResponseEntity.BodyBuilder response, Long position) {
        return position == null ? response : response.header(POSITION_HEADER, position.toString());
    }
}
