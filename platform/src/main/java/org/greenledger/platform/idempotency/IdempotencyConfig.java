package org.greenledger.platform.idempotency;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.greenledger.platform.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * {@code Idempotency-Key} for command endpoints, on when {@code greenledger.idempotency.enabled}
 * is true (the command service). Runs right after Spring Security, which tells it the subject.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "greenledger.idempotency", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(IdempotencySettings.class)
public class IdempotencyConfig {

    public static final int IDEMPOTENCY_FILTER_ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(MongoDatabase database, IdempotencySettings settings,
                                                                ProblemWriter problemWriter,
                                                                ObjectProvider<Clock> clock) {
        Clock time = clock.getIfUnique(Clock::systemUTC);
        IdempotencyStore store = new IdempotencyStore(database, settings.retention(), time);
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(store, problemWriter, settings.pendingTimeout(), time));
        registration.setOrder(IDEMPOTENCY_FILTER_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
