package org.greenledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditReadModelConfig {

    @Bean
    AuditTrailProjection auditTrailProjection(MongoDatabase database, ObjectMapper json) {
        return new AuditTrailProjection(database, json);
    }
}
