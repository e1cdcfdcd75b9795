package org.greenledger.query.enterprise;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.bson.Document;
import org.greenledger.query.ReadModelCollections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EnterpriseReadModelConfig {

    @Bean
    EnterpriseProjection enterpriseProjection(MongoDatabase database) {
        return new EnterpriseProjection(enterprises(database));
    }

    @Bean
    EnterpriseQueries enterpriseQueries(MongoDatabase database) {
        return new EnterpriseQueries(enterprises(database));
    }

    @Bean
    ReadModelCollections enterpriseReadModel() {
        return new ReadModelCollections(EnterpriseProjection.PROCESSING_GROUP, List.of(EnterpriseDocuments.COLLECTION));
    }

    private static MongoCollection<Document> enterprises(MongoDatabase database) {
        return database.getCollection(EnterpriseDocuments.COLLECTION);
    }
}
