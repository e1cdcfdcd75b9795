package org.greenledger.command.subsidy;

import java.util.Optional;
import org.greenledger.kernel.greenfinance.CreditRequestId;

/**
 * Approved green loans by the credit request they were approved on, as of a position every event
 * appended before the call is reflected in. Injected into the handlers, so fixtures can pin them.
 */
interface Loans {

    Optional<ApplicantFactsProjection.Loan> find(CreditRequestId request);
}
