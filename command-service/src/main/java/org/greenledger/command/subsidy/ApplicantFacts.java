package org.greenledger.command.subsidy;

import java.time.LocalDate;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityFacts;

/**
 * The facts eligibility is decided from, as of a global position that every event appended before
 * the call is reflected in. Injected into the handlers, so fixtures can pin the facts.
 */
interface ApplicantFacts {

    /**
     * @param applicant  the enterprise
     * @param projectKey the project's identity ({@code ProjectDetails.key()})
     * @param self       the application asking, left out of the applicant's other live applications
     * @param today      the day of the assessment (Shanghai)
     */
    EligibilityFacts of(Uscc applicant, String projectKey, ApplicationId self, LocalDate today);
}
