package org.greenledger.contracts.subsidy;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Object to an approval during its public notice: the applicant or an official. The review reopens
 * and the reservation is released.
 *
 * @param applicationId the application
 * @param objector      the applicant objecting, or {@code null} for an official
 * @param reasons       the grounds
 */
public record RaiseObjection(@TargetAggregateIdentifier ApplicationId applicationId, Uscc objector, List<String> reasons) {
}
