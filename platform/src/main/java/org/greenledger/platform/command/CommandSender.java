package org.greenledger.platform.command;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.platform.messaging.Correlation;
import org.greenledger.platform.messaging.MetaDataKeys;
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
        Map<String, Object> metaData = metaData(actor);
        AppendedPositions.clear();
        try {
            R result = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            OptionalLong position = AppendedPositions.last();
            return new CommandAnswer<>(result, position.isPresent() ? position.getAsLong() : null);
        } finally {
            AppendedPositions.clear();
        }
    }

    private static Map<String, Object> metaData(Actor actor) {
        String requestId = Correlation.requestId();
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        String correlationId = Correlation.correlationId();
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(MetaDataKeys.SUBJECT, actor.subject());
        metaData.put(MetaDataKeys.ROLE, actor.role().name());
        if (actor.uscc() != null) {
            metaData.put(MetaDataKeys.USCC, actor.uscc().value());
        }
        if (actor.bankId() != null) {
            metaData.put(MetaDataKeys.BANK_ID, actor.bankId());
        }
        metaData.put(MetaDataKeys.CORRELATION_ID, correlationId != null ? correlationId : requestId);
        metaData.put(MetaDataKeys.REQUEST_ID, requestId);
        metaData.put(MetaDataKeys.CAUSATION_ID, requestId);
        return metaData;
    }
}
