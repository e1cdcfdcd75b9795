package org.greenledger.query.greenlist;

import java.util.List;
import org.greenledger.query.ReadModelCollections;
import org.greenledger.query.ReadModelGenerations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegisterReadModelConfig {

    @Bean
    ReadModelCollections registerReadModel() {
        return new ReadModelCollections(RegisterProjection.PROCESSING_GROUP, List.of(RegisterDocuments.COLLECTION),
                RegisterReadModelConfig::projection);
    }

    @Bean
    RegisterProjection greenlistRegisterProjection(ReadModelGenerations generations) {
        return projection(generations.live(RegisterProjection.PROCESSING_GROUP));
    }

    @Bean
    RegisterQueries greenlistRegisterQueries(ReadModelGenerations generations) {
        return new RegisterQueries(generations.live(RegisterProjection.PROCESSING_GROUP).get(RegisterDocuments.COLLECTION));
    }

    private static RegisterProjection projection(ReadModelCollections.Lookup collections) {
        return new RegisterProjection(collections.get(RegisterDocuments.COLLECTION));
    }
}
