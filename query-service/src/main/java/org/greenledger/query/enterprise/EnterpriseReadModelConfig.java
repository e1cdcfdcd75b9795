package org.greenledger.query.enterprise;

import java.util.List;
import org.greenledger.query.ReadModelCollections;
import org.greenledger.query.ReadModelGenerations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnterpriseReadModelConfig {

    @Bean
    EnterpriseProjection enterpriseProjection(ReadModelGenerations generations) {
        return projection(generations.live(EnterpriseProjection.PROCESSING_GROUP));
    }

    @Bean
    EnterpriseQueries enterpriseQueries(ReadModelGenerations generations) {
        return new EnterpriseQueries(generations.live(EnterpriseProjection.PROCESSING_GROUP).get(EnterpriseDocuments.COLLECTION));
    }

    @Bean
    ReadModelCollections enterpriseReadModel() {
        return new ReadModelCollections(EnterpriseProjection.PROCESSING_GROUP, List.of(EnterpriseDocuments.COLLECTION),
                EnterpriseReadModelConfig::projection);
    }

    private static EnterpriseProjection projection(ReadModelCollections.Lookup collections) {
        return new EnterpriseProjection(collections.get(EnterpriseDocuments.COLLECTION));
    }
}
