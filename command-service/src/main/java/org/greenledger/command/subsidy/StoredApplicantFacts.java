package org.greenledger.command.subsidy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.platform.query.NotYetConsistent;
import org.greenledger.platform.query.ProcessorPositions;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Facts from {@link ApplicantFactsProjection}, taken only once its processor has reached the head
 * of the store as it was when asked: an enterprise flagged a moment before an assessment is
 * flagged in it. The recorded position is the higher of that head and the applicant's document's
 * own: every event up to it that concerns the applicant is reflected, and none after. Approved loans
 * are read the same way.
 */
class StoredApplicantFacts implements ApplicantFacts, Loans {

    private static final String[] GROUPS = {ApplicantFactsProjection.PROCESSING_GROUP};
    private static final Duration POLL = Duration.ofMillis(5);

    private final ApplicantFactsProjection projection;
    private final EventStore events;
    private final ProcessorPositions positions;
    private final Duration maxWait;

    StoredApplicantFacts(ApplicantFactsProjection projection, EventStore events,
                         ObjectProvider<EventProcessingConfiguration> processing, Duration maxWait) {
        this.projection = projection;
        this.events = events;
        this.positions = new ProcessorPositions(processing::getObject);
        this.maxWait = maxWait;
    }

    @Override
    public EligibilityFacts of(Uscc applicant, String projectKey, ApplicationId self, LocalDate today) {
        long head = events.createHeadToken().position().orElse(-1L);
        awaitProcessorAt(head);
        return projection.find(applicant)
                .map(known -> new EligibilityFacts(known.registered(), known.dishonest(), known.keyEnergyUser(),
                        known.lastEnergyAudit(), known.listedCategories(), known.barredUntil(),
                        known.live().stream().filter(live -> live.projectKey().equals(projectKey))
                                .map(ApplicantFactsProjection.Live::application).filter(id -> !id.equals(self)).toList(),
                        today, Math.max(head, known.position())))
                .orElseGet(() -> new EligibilityFacts(false, false, false, null, Set.of(), null, List.of(), today,
                        head));
    }

    @Override
    public Optional<ApplicantFactsProjection.Loan> find(CreditRequestId request) {
        awaitProcessorAt(events.createHeadToken().position().orElse(-1L));
        return projection.loan(request);
    }

    private void awaitProcessorAt(long head) {
        if (head < 0) {
            return;
        }
        try {
            positions.await(GROUPS, head, maxWait, POLL, "The eligibility facts index");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotYetConsistent(head, "Interrupted while waiting for the eligibility facts.");
        }
    }
}
