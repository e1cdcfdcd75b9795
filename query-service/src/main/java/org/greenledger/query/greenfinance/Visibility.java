package org.greenledger.query.greenfinance;

import static org.greenledger.query.QueryParameters.read;

import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.platform.security.Actor;
import org.greenledger.platform.security.Role;

/**
 * Who sees which green-finance lists: an enterprise only its own, a bank only its own, an auditor
 * any enterprise's or bank's, named; other roles none. One rule for consents, credit requests and looks.
 *
 * @param enterprise only this enterprise's, or null
 * @param bank       only this bank's, or null
 */
record Visibility(Uscc enterprise, BankId bank) {

    /** The filters the caller may use, from the ones asked for; {@code what} names the list in refusals. */
    static Visibility of(Actor actor, String enterprise, String bank, String what) {
        actor.requireRole(Role.ENTERPRISE, Role.BANK, Role.AUDITOR);
        Uscc enterpriseFilter = blank(enterprise) ? null : read("enterprise", enterprise.strip(), Uscc::of);
        BankId bankFilter = blank(bank) ? null : read("bank", bank.strip(), BankId::of);
        if (actor.is(Role.ENTERPRISE)) {
            if (enterpriseFilter != null && !enterpriseFilter.equals(actor.uscc())) {
                throw new Forbidden("security.not-own-record", "An enterprise sees its own " + what + " only.");
            }
            return new Visibility(actor.uscc(), bankFilter);
        }
        if (actor.is(Role.BANK)) {
            BankId self = BankId.of(actor.bankId());
            if (bankFilter != null && !bankFilter.equals(self)) {
                throw new Forbidden("security.not-own-record", "A bank sees its own " + what + " only.");
            }
            return new Visibility(enterpriseFilter, self);
        }
        if (enterpriseFilter == null && bankFilter == null) {
            throw new InvalidInput("request.missing-field", "enterprise", "Name an enterprise (or a bank) whose " + what
                    + " to list.");
        }
        return new Visibility(enterpriseFilter, bankFilter);
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }
}
