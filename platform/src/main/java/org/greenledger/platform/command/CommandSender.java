package org.greenledger.platform.command;

import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.platform.messaging.ActorMetaData;
import org.greenledger.platform.security.Actor;

/**
 * The one way a controller dispatches a command: it stamps the caller and the request's ids on
 * the command (and so, through the correlation data provider, on every event it causes), waits
 * for the handler and reports the position of the last event appended, for read-your-writes.
 */
public class CommandSender {

    private final CommandGateway commandGateway;

    public CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /**
     * Sends {@code command} on behalf of {@code actor} and waits for its handler. A handler's
     * failure is rethrown as is (a {@link org.greenledger.kernel.failure.DomainFailure} stays
     * one), so the problem advice can answer it.
     */
    public <R> CommandAnswer<R> send(Object command, Actor actor) {
        Map<String, Object> metaData = ActorMetaData.of(actor);
        AppendedPositions.clear();
        try {
            R result = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            OptionalLong position = AppendedPositions.last();
            return new CommandAnswer<>(result, position.isPresent() ? position.getAsLong() : null);
        } finally {
            AppendedPositions.clear();
        }
    }
}
