package org.greenledger.query.greenfinance;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.greenfinance.FindLooks;
import org.greenledger.contracts.greenfinance.LookLine;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who looked: an enterprise sees every recorded look at its own record (banks' and auditors'), a
 * bank its own looks, an auditor any enterprise's or bank's.
 */
@RestController
@RequestMapping("/api/greenfinance/looks")
@ReadModel(LookProjection.PROCESSING_GROUP)
class LookController {

    private final QueryGateway queries;

    LookController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    List<LookLine> looks(@RequestParam(name = "enterprise", required = false) String enterprise,
                         @RequestParam(name = "bank", required = false) String bank, Actor actor) {
        Visibility visible = Visibility.of(actor, enterprise, bank, "looks");
        return queries.query(new FindLooks(visible.enterprise(), visible.bank()), ResponseTypes.multipleInstancesOf(LookLine.class))
                .join();
    }

}
