package org.greenledger.query.greenfinance;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.greenfinance.ConsentRecord;
import org.greenledger.contracts.greenfinance.FindConsents;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consents on one page: an enterprise sees those it gave (live, expired, revoked, each with its
 * history), a bank those given to it, an auditor any enterprise's or bank's; other roles none.
 */
@RestController
@RequestMapping("/api/greenfinance/consents")
@ReadModel(ConsentProjection.PROCESSING_GROUP)
class ConsentController {

    private final QueryGateway queries;

    ConsentController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    List<ConsentRecord> consents(@RequestParam(name = "enterprise", required = false) String enterprise,
                                 @RequestParam(name = "bank", required = false) String bank, Actor actor) {
        Visibility visible = Visibility.of(actor, enterprise, bank, "consents");
        return queries.query(new FindConsents(visible.enterprise(), visible.bank()),
                ResponseTypes.multipleInstancesOf(ConsentRecord.class)).join();
    }

}
