package org.greenledger.command.subsidy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.platform.query.NotYetConsistent;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Facts from {@link ApplicantFactsProjection}, taken only once its processor has reached the head
 * of the store as it was when asked: an enterprise flagged a moment before an assessment is
 * flagged in it. The recorded position is the higher of that head and the applicant's document's
 * own: every event up to it that concerns the applicant is reflected, and none after.
 */
class StoredApplicantFacts implements ApplicantFacts {

    private static final long POLL_MILLIS = 5;

    private final ApplicantFactsProjection projection;
    private final EventStore events;
    private final ObjectProvider<EventProcessingConfiguration> processing;
    private final Duration maxWait;

    StoredApplicantFacts(ApplicantFactsProjection projection, EventStore events,
                         ObjectProvider<EventProcessingConfiguration> processing, Duration maxWait) {
        this.projection = projection;
        this.events = events;
        this.processing = processing;
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

    private void awaitProcessorAt(long head) {
        if (head < 0) {
            return;
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (!reached(head)) {
            if (System.nanoTime() > deadline) {
                throw new NotYetConsistent(head, "The eligibility facts have not yet caught up with position " + head
                        + " of the event store; retry in a moment.");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotYetConsistent(head, "Interrupted while waiting for the eligibility facts.");
            }
        }
    }

    private boolean reached(long position) {
        StreamingEventProcessor processor = processing.getObject()
                .eventProcessorByProcessingGroup(ApplicantFactsProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor runs "
                        + ApplicantFactsProjection.PROCESSING_GROUP));
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return false;
        }
        GapAwareTrackingToken target = GapAwareTrackingToken.newInstance(position, Collections.emptySet());
        for (EventTrackerStatus segment : status.values()) {
            TrackingToken token = WrappedToken.unwrapLowerBound(segment.getTrackingToken());
            if (token == null || !token.covers(target)) {
                return false;
            }
        }
        return true;
    }
}
