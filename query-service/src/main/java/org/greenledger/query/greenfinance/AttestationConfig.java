package org.greenledger.query.greenfinance;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttestationSettings.class)
class AttestationConfig {

    @Bean
    SigningKeys attestationSigningKeys(MongoDatabase database, AttestationSettings settings, Clock clock) {
        return new SigningKeys(database, settings, clock);
    }

    @Bean
    Attestations attestations(SigningKeys keys, AttestationSettings settings, Clock clock) {
        return new Attestations(keys, settings, clock);
    }
}
