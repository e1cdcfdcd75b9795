package org.greenledger.query;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Read models as a whole: their generations and checksums. */
@Configuration(proxyBeanMethods = false)
class ReadModelConfig {

    @Bean
    ReadModelGenerations readModelGenerations(MongoDatabase database) {
        return new ReadModelGenerations(database);
    }

    @Bean
    ReadModelChecksums readModelChecksums(ReadModelGenerations generations, List<ReadModelCollections> readModels) {
        return new ReadModelChecksums(generations, readModels);
    }
}
