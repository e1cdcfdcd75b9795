package org.greenledger.command.subsidy;

import java.net.URI;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.platform.command.CommandAnswer;
import org.greenledger.platform.command.CommandSender;
import org.greenledger.platform.security.Actor;
import org.springframework.http.ResponseEntity;

/**
 * How the subsidy endpoints send a command and answer: the record's id and the position of the
 * last event appended ({@code X-Position} and {@code position}), for read-your-writes.
 */
final class Answers {

    static final String POSITION_HEADER = "X-Position";

    private Answers() {
    }

    /** What a command endpoint answers. */
    record Recorded(String id, Long position) {
    }

    /** Creates a record; an id taken meanwhile is a conflict. */
    static ResponseEntity<Recorded> created(CommandSender commands, Object command, Actor actor, String id, String location) {
        CommandAnswer<Object> answer;
        try {
            answer = commands.send(command, actor);
        } catch (AggregateStreamCreationException taken) {
            throw new IllegalTransition("subsidy.already-exists", "The record " + id + " exists already.");
        }
        return withPosition(ResponseEntity.created(URI.create(location)), answer.position()).body(new Recorded(id, answer.position()));
    }

    /** Sends a command to an existing record; an unknown one is a 404 naming it. */
    static ResponseEntity<Recorded> sent(CommandSender commands, Object command, Actor actor, String id,
                                         Supplier<NotFound> unknown) {
        CommandAnswer<Object> answer;
        try {
            answer = commands.send(command, actor);
        } catch (AggregateNotFoundException missing) {
            throw unknown.get();
        }
        return withPosition(ResponseEntity.ok(), answer.position()).body(new Recorded(id, answer.position()));
    }

    private static ResponseEntity.BodyBuilder withPosition(ResponseEntity.BodyBuilder response, Long position) {
        return position == null ? response : response.header(POSITION_HEADER, position.toString());
    }
}
