package org.greenledger.query.greenfinance;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConsentReadModelConfig {

    @Bean
    ConsentProjection consentProjection(MongoDatabase database) {
        return new ConsentProjection(database.getCollection(ConsentProjection.COLLECTION));
    }

    @Bean
    ConsentQueries consentQueries(MongoDatabase database) {
        return new ConsentQueries(database.getCollection(ConsentProjection.COLLECTION));
    }
}
