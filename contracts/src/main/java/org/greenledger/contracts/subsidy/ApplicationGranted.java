package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProgrammeId;

/**
 * The public notice ended without objection: the project is granted (立项) and its reservation became
 * a grant of the programme in the same commit.
 *
 * @param applicationId the application
 * @param programmeId   its programme
 * @param amount        the amount granted
 * @param grantedAt     when it was recorded
 */
@Revision("1")
public record ApplicationGranted(ApplicationId applicationId, ProgrammeId programmeId, Money amount, Instant grantedAt)
        implements ApplicationEvent {
}
