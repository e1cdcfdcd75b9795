package org.greenledger.query.greenlist;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.greenledger.query.ReadModelCollections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RegisterReadModelConfig {

    @Bean
    ReadModelCollections registerReadModel() {
        return new ReadModelCollections(RegisterProjection.PROCESSING_GROUP, List.of(RegisterDocuments.COLLECTION));
    }

    @Bean
    RegisterProjection greenlistRegisterProjection(MongoDatabase database) {
        return new RegisterProjection(entries(database));
    }

    @Bean
    RegisterQueries greenlistRegisterQueries(MongoDatabase database) {
        return new RegisterQueries(entries(database));
    }

    private static MongoCollection<Document> entries(MongoDatabase database) {
        return database.getCollection(RegisterDocuments.COLLECTION);
    }
}
