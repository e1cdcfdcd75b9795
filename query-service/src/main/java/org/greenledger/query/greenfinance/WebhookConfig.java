package org.greenledger.query.greenfinance;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookSettings.class)
class WebhookConfig {

    @Bean
    WebhookOutbox webhookOutbox(MongoDatabase database, Clock clock) {
        return new WebhookOutbox(database.getCollection(WebhookOutbox.COLLECTION), clock);
    }

    @Bean
    WebhookSender webhookSender(WebhookOutbox outbox, DeliverySigner signer, WebhookSettings settings, Clock clock) {
        return new WebhookSender(outbox, signer, settings, clock);
    }
}
