package org.greenledger.command.subsidy;

import java.util.Optional;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * The programmes as an application's handlers see them, within the handler's unit of work: a
 * reservation is appended in the same commit as the approval that makes it, so the two land
 * together or not at all, and the programme stays locked until then. Injected, so fixtures can pin it.
 */
interface Programmes {

    Optional<ProgrammeTerms> find(ProgrammeId id);

    /** Reserves {@code amount} for the application; refused when more than the programme has left. */
    void reserve(ProgrammeId id, ApplicationId application, Money amount);

    /** Returns the application's reservation to the programme. */
    void release(ProgrammeId id, ApplicationId application);

    /** Turns the application's reservation into a grant. */
    void grant(ProgrammeId id, ApplicationId application);

    /** Returns part of the application's grant to the programme; {@code why} is ACCEPTANCE, CLAWBACK or RECOVERY. */
    void reduceGrant(ProgrammeId id, ApplicationId application, Money amount, String why);
}
