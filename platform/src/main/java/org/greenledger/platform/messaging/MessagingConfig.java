package org.greenledger.platform.messaging;

import java.time.Clock;
import jakarta.servlet.DispatcherType;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.greenledger.platform.command.CommandSender;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Correlation, request and causation ids from the HTTP request through the command to every
 * event and saga command it leads to, plus the {@link CommandSender} controllers dispatch with.
 * Runs before Axon's auto-configuration so our provider replaces Axon's default one.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class MessagingConfig {

    /** First of all filters, so every answer (even a 401) carries the ids. */
    public static final int CORRELATION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        FilterRegistrationBean<CorrelationFilter> registration = new FilterRegistrationBean<>(new CorrelationFilter());
        registration.setOrder(CORRELATION_FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    CorrelationDataProvider messageMetaDataProvider() {
        return new MessageMetaDataProvider();
    }

    @Bean
    MessageHandlerInterceptor<Message<?>> mdcMessageInterceptor() {
        return new MdcMessageInterceptor();
    }

    @Bean
    @ConditionalOnMissingBean
    CommandSender commandSender(CommandGateway commandGateway) {
        return new CommandSender(commandGateway);
    }

    @Bean
    @ConditionalOnMissingBean
    ReadLog readLog(EventBus eventBus) {
        return new ReadLog(eventBus);
    }

    @Bean
    AuditorReads auditorReads(ReadLog readLog, Clock clock) {
        return new AuditorReads(readLog, clock);
    }
}
