package org.greenledger.query.greenfinance;

import static org.greenledger.query.QueryParameters.read;

import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.greenledger.contracts.greenfinance.FindLooks;
import org.greenledger.contracts.greenfinance.LookLine;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.platform.query.ReadModel;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;
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
        actor.requireRole(Role.ENTERPRISE, Role.BANK, Role.AUDITOR);
        Uscc enterpriseFilter = blank(enterprise) ? null : read("enterprise", enterprise.strip(), Uscc::of);
        BankId bankFilter = blank(bank) ? null : read("bank", bank.strip(), BankId::of);
        if (actor.is(Role.ENTERPRISE)) {
            if (enterpriseFilter != null && !enterpriseFilter.equals(actor.uscc())) {
                throw new Forbidden("security.not-own-record", "An enterprise sees the looks at its own record only.");
            }
            enterpriseFilter = actor.uscc();
        } else if (actor.is(Role.BANK)) {
            BankId self = BankId.of(actor.bankId());
            if (bankFilter != null && !bankFilter.equals(self)) {
                throw new Forbidden("security.not-own-record", "A bank sees its own looks only.");
            }
            bankFilter = self;
        } else if (enterpriseFilter == null && bankFilter == null) {
            throw new InvalidInput("request.missing-field", "enterprise", "Name an enterprise (or a bank) whose looks to list.");
        }
        return queries.query(new FindLooks(enterpriseFilter, bankFilter), ResponseTypes.multipleInstancesOf(LookLine.class))
                .join();
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
