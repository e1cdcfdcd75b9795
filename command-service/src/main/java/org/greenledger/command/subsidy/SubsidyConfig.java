package org.greenledger.command.subsidy;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.greenledger.command.DeadlinePoller;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SubsidySettings.class)
class SubsidyConfig {

    @Bean
    Programmes subsidyProgrammes(ObjectProvider<Repository<Programme>> programmeRepository, Clock clock) {
        return new RepositoryProgrammes(programmeRepository, clock);
    }

    @Bean
    ExpertRecords subsidyExpertRecords(EventStore eventStore) {
        return new StoredExpertRecords(eventStore);
    }

    @Bean
    ApplicantFactsProjection applicantFactsProjection(MongoDatabase database) {
        return new ApplicantFactsProjection(database);
    }

    @Bean
    NoticeDeadlines noticeDeadlines(MongoDatabase database, CommandGateway commandGateway, Clock clock) {
        return new NoticeDeadlines(database, commandGateway, clock);
    }

    @Bean
    DeadlinePoller noticeDeadlinePoller(NoticeDeadlines deadlines, SubsidySettings settings) {
        return new DeadlinePoller("notice-deadlines", deadlines::fireDue, settings.deadlinePoll());
    }

    @Bean
    StoredApplicantFacts subsidyApplicantFacts(ApplicantFactsProjection projection, EventStore eventStore,
                                               ObjectProvider<EventProcessingConfiguration> processing,
                                               SubsidySettings settings) {
        return new StoredApplicantFacts(projection, eventStore, processing, settings.factsMaxWait());
    }
}
