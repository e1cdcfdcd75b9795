package org.greenledger.query.greenfinance;

import static org.greenledger.query.QueryParameters.read;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.greenfinance.CreditRequestRecord;
import org.greenledger.contracts.greenfinance.FindCreditRequest;
import org.greenledger.contracts.greenfinance.FindCreditRequests;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit requests: an enterprise sees those it made, a bank only those addressed to it, an auditor
 * any enterprise's or bank's; other roles none.
 */
@RestController
@RequestMapping("/api/greenfinance/credit-requests")
@ReadModel(CreditRequestProjection.PROCESSING_GROUP)
class CreditController {

    private final QueryGateway queries;

    CreditController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    List<CreditRequestRecord> list(@RequestParam(name = "enterprise", required = false) String enterprise,
                                   @RequestParam(name = "bank", required = false) String bank, Actor actor) {
        Visibility visible = Visibility.of(actor, enterprise, bank, "credit requests");
        return queries.query(new FindCreditRequests(visible.enterprise(), visible.bank()),
                ResponseTypes.multipleInstancesOf(CreditRequestRecord.class)).join();
    }

    /** One request; to anyone but its enterprise, its bank and auditors it does not exist. */
    @GetMapping("/{creditRequestId}")
    CreditRequestRecord one(@PathVariable("creditRequestId") String path, Actor actor) {
        actor.requireRole(Role.ENTERPRISE, Role.BANK, Role.AUDITOR);
        CreditRequestId id = read("creditRequestId", path, CreditRequestId::of);
        CreditRequestRecord record = queries.query(new FindCreditRequest(id),
                ResponseTypes.optionalInstanceOf(CreditRequestRecord.class)).join().orElse(null);
        boolean visible = record != null && (actor.is(Role.AUDITOR) || actor.speaksFor(record.enterprise())
                || (actor.is(Role.BANK) && record.bank().value().equals(actor.bankId())));
        if (!visible) {
            throw new NotFound("greenfinance.credit-request-not-found", "There is no credit request " + id
                    + " that you may see.");
        }
        return record;
    }

}
