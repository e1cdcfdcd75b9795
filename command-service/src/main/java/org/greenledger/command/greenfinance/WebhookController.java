package org.greenledger.command.greenfinance;

import java.net.URI;
import java.net.URISyntaxException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.greenledger.contracts.greenfinance.RegisterWebhook;
import org.greenledger.contracts.greenfinance.RemoveWebhook;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.platform.command.CommandAnswer;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A bank's own webhook: only the bank itself sets or removes it. */
@RestController
@RequestMapping("/api/greenfinance/webhook")
class WebhookController {

    private final CommandSender commands;

    WebhookController(CommandSender commands) {
        this.commands = commands;
    }

    record Webhook(String url) {
    }

    record Recorded(String bank, Long position) {
    }

    @PutMapping
    ResponseEntity<Recorded> register(@RequestBody Webhook body, Actor actor) {
        actor.requireRole(Role.BANK);
        BankId bank = BankId.of(actor.bankId());
        return answer(bank, commands.send(new RegisterWebhook(bank, url(body.url())), actor));
    }

    @DeleteMapping
    ResponseEntity<Recorded> remove(Actor actor) {
        actor.requireRole(Role.BANK);
        BankId bank = BankId.of(actor.bankId());
        try {
            return answer(bank, commands.send(new RemoveWebhook(bank), actor));
        } catch (AggregateNotFoundException none) {
            throw new NotFound("greenfinance.no-webhook", "Bank " + bank + " has no webhook.");
        }
    }

    private static URI url(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput("request.missing-field", "url", "url is required.");
        }
        try {
            return new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw new InvalidInput("greenfinance.webhook-url", "url", "'" + raw + "' is not a URL: " + e.getReason() + ".");
        }
    }

    private static ResponseEntity<Recorded> answer(BankId bank, CommandAnswer<Object> answer) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (answer.position() != null) {
            response.header(ConsentController.POSITION_HEADER, answer.position().toString());
        }
        return response.body(new Recorded(bank.value(), answer.position()));
    }
}
