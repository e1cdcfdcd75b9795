package org.greenledger.query.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.greenledger.query.ReadModelCollections;
import org.greenledger.query.ReadModelGenerations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditReadModelConfig {

    @Bean
    ReadModelCollections auditTrailReadModel(ObjectMapper json) {
        return new ReadModelCollections(AuditTrailProjection.PROCESSING_GROUP,
                List.of(AuditTrailProjection.RECORDS, AuditTrailProjection.CORRELATIONS),
                collections -> new AuditTrailProjection(collections, json));
    }

    @Bean
    AuditTrailProjection auditTrailProjection(ReadModelGenerations generations, ObjectMapper json) {
        return new AuditTrailProjection(generations.live(AuditTrailProjection.PROCESSING_GROUP), json);
    }
}
