package org.greenledger.command;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deadlines kept in MongoDB, one document per record, so they survive a restart: a feature's event
 * handler opens and closes them ({@link PositionedDocuments}, so replays change nothing) and {@link #fireDue}
 * sends each open one's command once its last day is over on the injected clock. The command's
 * aggregate accepts it only once, so a deadline fires once however often it is sent (a redelivery,
 * two instances polling); a refusal as an illegal transition closes it. Deliberately not Axon's
 * deadline manager: its persistent implementations need Quartz, JobRunr or a SQL scheduler, none of
 * which runs on the embedded store.
 */
public final class Deadlines {

    public static final String ROLE = "SYSTEM";
    private static final Logger logger = LoggerFactory.getLogger(Deadlines.class);
    private static final String LAST_DAY = "lastDay";
    private static final String STATE = "state";
    private static final String OPEN = "OPEN";

    private final MongoCollection<Document> deadlines;
    private final CommandGateway commands;
    private final Clock clock;
    private final String subject;

    /**
     * @param subject who the commands are sent as (the metadata's subject; the role is {@value #ROLE})
     */
    public Deadlines(MongoCollection<Document> deadlines, CommandGateway commands, Clock clock, String subject) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
        this.subject = subject;
    }

    /** Due once {@code lastDay} is over. */
    public void open(String id, LocalDate lastDay, TrackingToken token) {
        record(id, token, new Document(LAST_DAY, lastDay.toString()).append(STATE, OPEN));
    }

    /** No longer due: {@code state} says why (e.g. CANCELLED, DONE). */
    public void close(String id, String state, TrackingToken token) {
        record(id, token, new Document(STATE, state));
    }

    /**
     * Sends the command of every open deadline whose last day is before today; any failure but an
     * illegal transition leaves the deadline open for the next round.
     *
     * @return the ids whose command was accepted in this round
     */
    public List<String> fireDue(Function<String, Object> command) {
        LocalDate today = LocalDate.now(clock);
        List<String> fired = new ArrayList<>();
        for (Document due : deadlines.find(new Document(STATE, OPEN))) {
            if (!LocalDate.parse(due.getString(LAST_DAY)).isBefore(today)) {
                continue;
            }
            String id = due.getString("_id");
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command.apply(id))
                        .andMetaData(Map.of(MetaDataKeys.SUBJECT, subject, MetaDataKeys.ROLE, ROLE)));
                fired.add(id);
            } catch (IllegalTransition noLongerDue) {
                deadlines.updateOne(new Document("_id", id), new Document("$set", new Document(STATE, "CLOSED")));
            } catch (RuntimeException e) {
                logger.warn("The deadline of {} ({}) failed; retrying next round: {}", id, subject, e.toString());
            }
        }
        return fired;
    }

    private void record(String id, TrackingToken token, Document change) {
        PositionedDocuments.change(deadlines, id, token.position().orElseThrow(), document -> document.putAll(change));
    }
}
