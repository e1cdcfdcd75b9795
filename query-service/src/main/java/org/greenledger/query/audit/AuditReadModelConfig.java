package org.greenledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.greenledger.query.ReadModelCollections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditReadModelConfig {

    @Bean
    ReadModelCollections auditTrailReadModel() {
        return new ReadModelCollections(AuditTrailProjection.PROCESSING_GROUP,
                List.of(AuditTrailProjection.RECORDS, AuditTrailProjection.CORRELATIONS));
    }

    @Bean
    AuditTrailProjection auditTrailProjection(MongoDatabase database, ObjectMapper json) {
        return new AuditTrailProjection(database, json);
    }
}
