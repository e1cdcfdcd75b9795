package org.greenledger.command.greenfinance;

import java.util.Optional;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;

/** Whose subsidy application this is, so a credit request links only the requester's own. */
interface SubsidyApplicants {

    Optional<Uscc> of(ApplicationId application);
}
