package org.greenledger.command.greenfinance;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.command.DeadlinePoller;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GreenfinanceSettings.class)
class GreenfinanceConfig {

    @Bean
    ConsentExpiries consentExpiries(MongoDatabase database, CommandGateway commandGateway, Clock clock) {
        return new ConsentExpiries(database, commandGateway, clock);
    }

    @Bean
    SubsidyApplicants greenfinanceSubsidyApplicants(EventStore eventStore) {
        return new StoredSubsidyApplicants(eventStore);
    }

    @Bean
    DeadlinePoller consentExpiryPoller(ConsentExpiries expiries, GreenfinanceSettings settings) {
        return new DeadlinePoller("consent-expiries", expiries::fireDue, settings.expiryPoll());
    }
}
