package org.greenledger.command.subsidy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.greenledger.contracts.subsidy.ApplicationGranted;
import org.greenledger.contracts.subsidy.GrantApplication;
import org.greenledger.contracts.subsidy.ObjectionRaised;
import org.greenledger.contracts.subsidy.PublicNoticeOpened;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public-notice deadlines (公示期), kept in MongoDB ({@code subsidy_notice_deadlines}, one
 * document per application) from the events, so they survive a restart. {@link #fireDue()} sends
 * {@link GrantApplication} for every notice whose last day is over on the injected clock; the
 * aggregate grants only an approval still on notice, so a deadline fires once however often it is
 * sent (a redelivery, two instances polling), and an objection that reopened the review cancels it.
 * Deliberately not Axon's deadline manager: its persistent implementations need Quartz, JobRunr or
 * a SQL scheduler, none of which runs on the embedded store.
 */
@ProcessingGroup(NoticeDeadlines.PROCESSING_GROUP)
class NoticeDeadlines {

    static final String PROCESSING_GROUP = "subsidy-notice-deadlines";
    static final String SUBJECT = "notice-deadline";
    static final String ROLE = "SYSTEM";
    private static final Logger logger = LoggerFactory.getLogger(NoticeDeadlines.class);
    private static final String LAST_DAY = "lastDay";
    private static final String STATE = "state";
    private static final String OPEN = "OPEN";
    private static final String POSITION = "position";

    private final MongoCollection<Document> deadlines;
    private final CommandGateway commands;
    private final Clock clock;

    NoticeDeadlines(MongoDatabase database, CommandGateway commands, Clock clock) {
        this.deadlines = database.getCollection("subsidy_notice_deadlines");
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(PublicNoticeOpened e, TrackingToken token) {
        record(e.applicationId(), token, new Document(LAST_DAY, e.lastDay().toString()).append(STATE, OPEN));
    }

    @EventHandler
    void on(ObjectionRaised e, TrackingToken token) {
        record(e.applicationId(), token, new Document(STATE, "CANCELLED"));
    }

    @EventHandler
    void on(ApplicationGranted e, TrackingToken token) {
        record(e.applicationId(), token, new Document(STATE, "GRANTED"));
    }

    /**
     * Sends the grant of every open notice whose last day is before today. A refusal because the
     * application is no longer on notice closes the deadline; any other failure leaves it open for
     * the next round.
     *
     * @return the applications granted in this round
     */
    List<ApplicationId> fireDue() {
        LocalDate today = LocalDate.now(clock);
        List<ApplicationId> granted = new ArrayList<>();
        for (Document due : deadlines.find(new Document(STATE, OPEN))) {
            if (!LocalDate.parse(due.getString(LAST_DAY)).isBefore(today)) {
                continue;
            }
            ApplicationId application = ApplicationId.of(due.getString("_id"));
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new GrantApplication(application))
                        .andMetaData(Map.of(MetaDataKeys.SUBJECT, SUBJECT, MetaDataKeys.ROLE, ROLE)));
                granted.add(application);
            } catch (IllegalTransition noLongerOnNotice) {
                deadlines.updateOne(new Document("_id", application.value()), new Document("$set", new Document(STATE, "CLOSED")));
            } catch (RuntimeException e) {
                logger.warn("Granting application {} after its notice failed; retrying next round: {}", application,
                        e.toString());
            }
        }
        return granted;
    }

    private void record(ApplicationId application, TrackingToken token, Document change) {
        long position = token.position().orElseThrow();
        Document stored = deadlines.find(new Document("_id", application.value())).first();
        if (stored != null && stored.get(POSITION, Number.class).longValue() >= position) {
            return;
        }
        Document document = stored == null ? new Document("_id", application.value()) : stored;
        document.putAll(change);
        document.put(POSITION, position);
        deadlines.replaceOne(new Document("_id", application.value()), document, new ReplaceOptions().upsert(true));
    }
}
