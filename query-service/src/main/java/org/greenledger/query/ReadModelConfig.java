package org.greenledger.query;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Read models as a whole: their generations, checksums and rebuilds; {@code greenledger.rebuilds.*}. */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RebuildSettings.class)
class ReadModelConfig {

    @Bean
    ReadModelGenerations readModelGenerations(MongoDatabase database) {
        return new ReadModelGenerations(database);
    }

    @Bean
    ReadModelChecksums readModelChecksums(ReadModelGenerations generations, List<ReadModelCollections> readModels) {
        return new ReadModelChecksums(generations, readModels);
    }

    @Bean(destroyMethod = "close")
    ReadModelRebuilds readModelRebuilds(List<ReadModelCollections> readModels, ReadModelGenerations generations,
                                        ObjectProvider<Configuration> axon, RebuildSettings settings, Clock clock) {
        return new ReadModelRebuilds(readModels, generations, axon::getObject, settings, clock);
    }
}
