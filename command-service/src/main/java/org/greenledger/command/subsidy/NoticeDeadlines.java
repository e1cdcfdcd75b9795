package org.greenledger.command.subsidy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.greenledger.command.Deadlines;
import org.greenledger.contracts.subsidy.ApplicationGranted;
import org.greenledger.contracts.subsidy.GrantApplication;
import org.greenledger.contracts.subsidy.ObjectionRaised;
import org.greenledger.contracts.subsidy.PublicNoticeOpened;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The public-notice deadlines (公示期) in {@code subsidy_notice_deadlines}: opened by a notice,
 * cancelled by an objection, done with the grant. {@link #fireDue()} grants every approval whose
 * notice is over; the aggregate grants only one still on notice, so each fires once.
 */
@ProcessingGroup(NoticeDeadlines.PROCESSING_GROUP)
class NoticeDeadlines {

    static final String PROCESSING_GROUP = "subsidy-notice-deadlines";
    static final String SUBJECT = "notice-deadline";

    private final Deadlines deadlines;

    NoticeDeadlines(MongoDatabase database, CommandGateway commands, Clock clock) {
        this.deadlines = new Deadlines(database.getCollection("subsidy_notice_deadlines"), commands, clock, SUBJECT);
    }

    @EventHandler
    void on(PublicNoticeOpened e, TrackingToken token) {
        deadlines.open(e.applicationId().value(), e.lastDay(), token);
    }

    @EventHandler
    void on(ObjectionRaised e, TrackingToken token) {
        deadlines.close(e.applicationId().value(), "CANCELLED", token);
    }

    @EventHandler
    void on(ApplicationGranted e, TrackingToken token) {
        deadlines.close(e.applicationId().value(), "GRANTED", token);
    }

    /** @return the applications granted in this round */
    List<ApplicationId> fireDue() {
        return deadlines.fireDue(id -> new GrantApplication(ApplicationId.of(id))).stream().map(ApplicationId::of).toList();
    }
}
