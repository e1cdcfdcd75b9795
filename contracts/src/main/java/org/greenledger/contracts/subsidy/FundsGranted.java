package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * An application's reservation became a grant of the programme, in the commit of the grant.
 *
 * @param programmeId   the programme
 * @param applicationId the application
 * @param amount        the amount granted
 * @param grantedAt     when it was recorded
 */
@Revision("1")
public record FundsGranted(ProgrammeId programmeId, ApplicationId applicationId, Money amount, Instant grantedAt)
        implements ProgrammeEvent {
}
