package org.greenledger.command.greenfinance;

import static org.greenledger.command.RequestFields.choice;
import static org.greenledger.command.RequestFields.date;
import static org.greenledger.command.RequestFields.read;
import static org.greenledger.command.RequestFields.text;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.greenledger.contracts.greenfinance.ChangeConsent;
import org.greenledger.contracts.greenfinance.GrantConsent;
import org.greenledger.contracts.greenfinance.RevokeConsent;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
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
 * An enterprise's consents to banks: only the enterprise itself grants, changes and revokes them
 * (the granting enterprise is always the token's). Answers carry the position of the last event.
 */
@RestController
@RequestMapping("/api/greenfinance/consents")
class ConsentController {

    static final String POSITION_HEADER = "X-Position";

    private final CommandSender commands;

    ConsentController(CommandSender commands) {
        this.commands = commands;
    }

    record Grant(String bankId, List<String> scopes, String validFrom, String validUntil, String purpose) {
    }

    record Change(List<String> scopes, String validUntil) {
    }

    record Revocation(String reason) {
    }

    record Recorded(String id, Long position) {
    }

    @PostMapping
    ResponseEntity<Recorded> grant(@RequestBody Grant body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        ConsentId id = ConsentId.random();
        GrantConsent command = new GrantConsent(id, actor.uscc(), read("bankId", body.bankId(), BankId::of),
                scopes(body.scopes()), date("validFrom", body.validFrom()), date("validUntil", body.validUntil()),
                text(body.purpose()));
        CommandAnswer<Object> answer = commands.send(command, actor);
        return withPosition(ResponseEntity.created(URI.create("/api/greenfinance/consents/" + id)), answer.position())
                .body(new Recorded(id.value(), answer.position()));
    }

    @PutMapping("/{consentId}")
    ResponseEntity<Recorded> change(@PathVariable("consentId") String path, @RequestBody Change body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        ConsentId id = read("consentId", path, ConsentId::of);
        return send(id, new ChangeConsent(id, actor.uscc(), scopes(body.scopes()), date("validUntil", body.validUntil())),
                actor);
    }

    @PostMapping("/{consentId}/revocation")
    ResponseEntity<Recorded> revoke(@PathVariable("consentId") String path, @RequestBody(required = false) Revocation body,
                                    Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        ConsentId id = read("consentId", path, ConsentId::of);
        return send(id, new RevokeConsent(id, actor.uscc(), body == null ? null : text(body.reason())), actor);
    }

    private static Set<ConsentScope> scopes(List<String> raw) {
        if (raw == null) {
            throw new InvalidInput("request.missing-field", "scopes", "scopes is required.");
        }
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        for (int i = 0; i < raw.size(); i++) {
            scopes.add(choice("scopes[" + i + "]", raw.get(i), ConsentScope.class));
        }
        return scopes;
    }

    private ResponseEntity<Recorded> send(ConsentId id, Object command, Actor actor) {
        CommandAnswer<Object> answer;
        try {
            answer = commands.send(command, actor);
        } catch (AggregateNotFoundException unknown) {
            throw new NotFound("greenfinance.consent-not-found", "There is no consent " + id + ".");
        }
        return withPosition(ResponseEntity.ok(), answer.position()).body(new Recorded(id.value(), answer.position()));
    }

    private static ResponseEntity.BodyBuilder withPosition(ResponseEntity.BodyBuilder response, Long position) {
        return position == null ? response : response.header(POSITION_HEADER, position.toString());
    }
}
