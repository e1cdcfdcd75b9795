package org.greenledger.command.greenfinance;

import static org.greenledger.command.RequestFields.read;
import static org.greenledger.command.RequestFields.text;
import static org.greenledger.command.RequestFields.yuan;

import java.math.BigDecimal;
import java.net.URI;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.greenledger.contracts.greenfinance.ApproveLoan;
import org.greenledger.contracts.greenfinance.CloseLoan;
import org.greenledger.contracts.greenfinance.DeclineCredit;
import org.greenledger.contracts.greenfinance.RequestCredit;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.platform.command.CommandAnswer;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Green credit: an enterprise asks a bank (for itself only), and the bank asked records its decision
 * and, later, the loan's end. The deciding bank is always the token's.
 */
@RestController
@RequestMapping("/api/greenfinance/credit-requests")
class CreditController {

    private final CommandSender commands;

    CreditController(CommandSender commands) {
        this.commands = commands;
    }

    record Request(String bankId, BigDecimal amount, String purpose, String category, String subsidyApplication) {
    }

    record Approval(String loanId, BigDecimal amount, BigDecimal rate, Integer termMonths) {
    }

    record Decline(String reason) {
    }

    record Recorded(String id, Long position) {
    }

    @PostMapping
    ResponseEntity<Recorded> request(@RequestBody Request body, Actor actor) {
        actor.requireRole(Role.ENTERPRISE);
        CreditRequestId id = CreditRequestId.random();
        ApplicationId application = body.subsidyApplication() == null || body.subsidyApplication().isBlank() ? null
                : read("subsidyApplication", body.subsidyApplication(), ApplicationId::of);
        RequestCredit command = new RequestCredit(id, actor.uscc(), read("bankId", body.bankId(), BankId::of),
                yuan("amount", body.amount()), text(body.purpose()), text(body.category()), application);
        CommandAnswer<Object> answer = commands.send(command, actor);
        return withPosition(ResponseEntity.created(URI.create("/api/greenfinance/credit-requests/" + id)),
                answer.position()).body(new Recorded(id.value(), answer.position()));
    }

    @PostMapping("/{creditRequestId}/approval")
    ResponseEntity<Recorded> approve(@PathVariable("creditRequestId") String path, @RequestBody Approval body,
                                     Actor actor) {
        actor.requireRole(Role.BANK);
        CreditRequestId id = read("creditRequestId", path, CreditRequestId::of);
        if (body.termMonths() == null) {
            throw new InvalidInput("request.missing-field", "termMonths", "termMonths is required.");
        }
        return send(id, new ApproveLoan(id, BankId.of(actor.bankId()), read("loanId", body.loanId(), LoanId::of),
                yuan("amount", body.amount()), read("rate", body.rate(), AnnualRate::new), body.termMonths()), actor);
    }

    @PostMapping("/{creditRequestId}/decline")
    ResponseEntity<Recorded> decline(@PathVariable("creditRequestId") String path, @RequestBody Decline body,
                                     Actor actor) {
        actor.requireRole(Role.BANK);
        CreditRequestId id = read("creditRequestId", path, CreditRequestId::of);
        return send(id, new DeclineCredit(id, BankId.of(actor.bankId()), text(body.reason())), actor);
    }

    @PostMapping("/{creditRequestId}/closure")
    ResponseEntity<Recorded> close(@PathVariable("creditRequestId") String path, Actor actor) {
        actor.requireRole(Role.BANK);
        CreditRequestId id = read("creditRequestId", path, CreditRequestId::of);
        return send(id, new CloseLoan(id, BankId.of(actor.bankId())), actor);
    }

    private ResponseEntity<Recorded> send(CreditRequestId id, Object command, Actor actor) {
        CommandAnswer<Object> answer;
        try {
            answer = commands.send(command, actor);
        } catch (AggregateNotFoundException unknown) {
            throw new NotFound("greenfinance.credit-request-not-found", "There is no credit request " + id + ".");
        }
        return withPosition(ResponseEntity.ok(), answer.position()).body(new Recorded(id.value(), answer.position()));
    }

    private static ResponseEntity.BodyBuilder withPosition(ResponseEntity.BodyBuilder response, Long position) {
        return position == null ? response : response.header(ConsentController.POSITION_HEADER, position.toString());
    }
}
