package org.greenledger.contracts.subsidy;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * An approval was put on public notice (公示): it stands unless objected to by {@code lastDay}
 * (Shanghai date, inclusive), and is granted the day after.
 *
 * @param applicationId the application
 * @param lastDay       the last day of the notice period
 * @param openedAt      when it was recorded
 */
@Revision("1")
public record PublicNoticeOpened(ApplicationId applicationId, LocalDate lastDay, Instant openedAt) implements ApplicationEvent {
}
