package org.greenledger.command.greenlist;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GreenlistConfig {

    @Bean
    EnterpriseRecords greenlistEnterpriseRecords(EventStore eventStore) {
        return new StoredEnterpriseRecords(eventStore);
    }
}
