package org.greenledger.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.ReadConcern;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.greenledger.eventstore.MongoEventStorageEngine;
import org.greenledger.platform.testapp.PlatformSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;

class StoreWiringTest extends PlatformSpringTest {

    @Autowired
    EventStorageEngine engine;
    @Autowired
    TokenStore tokenStore;
    @Autowired
    SagaStore<Object> sagaStore;
    @Autowired
    Serializer serializer;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    @Qualifier("messageSerializer")
    Serializer messageSerializer;
    @Autowired
    SnapshotTriggerDefinition snapshotTriggerDefinition;
    @Autowired
    @Qualifier("aggregateCache")
    Cache aggregateCache;
    @Autowired
    MongoDatabase database;
    @Autowired
    MockMvc mvc;

    @Test
    void axon_stores_everything_in_mongo_as_json() {
        assertThat(engine).isInstanceOf(MongoEventStorageEngine.class);
        assertThat(tokenStore).isInstanceOf(MongoTokenStore.class);
        assertThat(sagaStore).isInstanceOf(MongoSagaStore.class);
        assertThat(serializer).isInstanceOf(JacksonSerializer.class);
        assertThat(eventSerializer).isSameAs(serializer);
        assertThat(messageSerializer).isSameAs(serializer);
        assertThat(snapshotTriggerDefinition).isInstanceOf(EventCountSnapshotTriggerDefinition.class);
        assertThat(aggregateCache).isNotNull();
    }

    @Test
    void the_database_is_the_one_named_in_the_uri() {
        assertThat(database.getName()).isEqualTo("platformtest");
    }

    @Test
    void writes_wait_for_a_journaled_majority_and_reads_see_majority_commits_by_default() {
        assertThat(database.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        assertThat(database.getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
    }

    @Test
    void readiness_includes_mongo() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
