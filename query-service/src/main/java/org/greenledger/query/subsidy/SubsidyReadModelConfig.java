package org.greenledger.query.subsidy;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;
import org.greenledger.query.ReadModelCollections;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubsidyReadModelConfig {

    @Bean
    ReadModelCollections subsidyReadModel() {
        return new ReadModelCollections(SubsidyProjection.PROCESSING_GROUP,
                List.of(SubsidyDocuments.PROGRAMMES, SubsidyDocuments.APPLICATIONS));
    }

    @Bean
    SubsidyProjection subsidyProjection(MongoDatabase database) {
        return new SubsidyProjection(database.getCollection(SubsidyDocuments.PROGRAMMES),
                database.getCollection(SubsidyDocuments.APPLICATIONS));
    }

    /**
     * The lists' filters are indexed on a real MongoDB; the embedded server scans for them (its
     * indexes answer {@code _id} and unique keys only), which the worklists of one office can afford.
     */
    @Bean
    SubsidyQueries subsidyQueries(MongoDatabase database) {
        var applications = database.getCollection(SubsidyDocuments.APPLICATIONS);
        for (String field : new String[] {SubsidyDocuments.APPLICANT, SubsidyDocuments.PROGRAMME, SubsidyDocuments.EXPERTS,
                SubsidyDocuments.STATUS}) {
            applications.createIndex(Indexes.ascending(field, SubsidyDocuments.DRAFTED_AT), new IndexOptions().name(field));
        }
        return new SubsidyQueries(database.getCollection(SubsidyDocuments.PROGRAMMES), applications);
    }
}
