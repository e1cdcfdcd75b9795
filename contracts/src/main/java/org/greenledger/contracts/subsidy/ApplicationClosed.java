package org.greenledger.contracts.subsidy;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * Every tranche due after a passed acceptance check was paid: the project is closed.
 *
 * @param applicationId the application
 * @param disbursed     what was paid in all
 * @param closedAt      when it was recorded
 */
@Revision("1")
public record ApplicationClosed(ApplicationId applicationId, Money disbursed, Instant closedAt)
        implements ApplicationEvent {
}
