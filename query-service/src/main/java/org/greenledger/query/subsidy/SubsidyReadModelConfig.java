package org.greenledger.query.subsidy;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.greenledger.query.ReadModelCollections;
import org.greenledger.query.ReadModelGenerations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubsidyReadModelConfig {

    @Bean
    ReadModelCollections subsidyReadModel() {
        return new ReadModelCollections(SubsidyProjection.PROCESSING_GROUP,
                List.of(SubsidyDocuments.PROGRAMMES, SubsidyDocuments.APPLICATIONS), SubsidyReadModelConfig::projection);
    }

    @Bean
    SubsidyProjection subsidyProjection(ReadModelGenerations generations) {
        return projection(generations.live(SubsidyProjection.PROCESSING_GROUP));
    }

    /**
     * The lists' filters are indexed on a real MongoDB; the embedded server scans for them (its
     * indexes answer {@code _id} and unique keys only), which the worklists of one office can afford.
     * A rebuild copies them to the generation it fills.
     */
    @Bean
    SubsidyQueries subsidyQueries(ReadModelGenerations generations) {
        ReadModelCollections.Lookup collections = generations.live(SubsidyProjection.PROCESSING_GROUP);
        var applications = collections.get(SubsidyDocuments.APPLICATIONS);
        for (String field : new String[] {SubsidyDocuments.APPLICANT, SubsidyDocuments.PROGRAMME, SubsidyDocuments.EXPERTS,
                SubsidyDocuments.STATUS}) {
            applications.createIndex(Indexes.ascending(field, SubsidyDocuments.DRAFTED_AT), new IndexOptions().name(field));
        }
        return new SubsidyQueries(collections.get(SubsidyDocuments.PROGRAMMES), applications);
    }

    private static SubsidyProjection projection(ReadModelCollections.Lookup collections) {
        return new SubsidyProjection(collections.get(SubsidyDocuments.PROGRAMMES), collections.get(SubsidyDocuments.APPLICATIONS));
    }
}
