package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The application was returned for completion.
 *
 * @param applicationId the application
 * @param missingItems  what is missing
 * @param returnedAt    when it was recorded
 */
@Revision("1")
public record ApplicationReturned(
        ApplicationId applicationId, List<String> missingItems, Instant returnedAt) implements ApplicationEvent {

    public ApplicationReturned {
        missingItems = List.copyOf(missingItems);
    }
}
