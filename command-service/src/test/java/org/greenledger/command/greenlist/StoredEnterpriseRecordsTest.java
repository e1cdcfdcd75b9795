package org.greenledger.command.greenlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StoredEnterpriseRecordsTest {

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EnterpriseRecords records = new StoredEnterpriseRecords(store);
    private long sequence;

    @AfterEach
    void stop() {
        store.shutDown();
    }

    @Test
    void an_unregistered_enterprise_is_not_on_record() {
        assertThat(records.find(STEEL)).isEmpty();
    }

    @Test
    void the_latest_profile_and_dishonesty_flag_count() {
        append(store, new EnterpriseRegistered(STEEL, "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), IndustryCode.of("C3110"), true, AT));
        append(store, new ProfileChanged(STEEL, "上海浦东示范钢铁有限公司", DivisionCode.of("310115"), IndustryCode.of("C3110"), true, AT));
        append(store, new DishonestyFlagged(STEEL, "虚报节能量", "沪经信〔2025〕12号", AT));

        assertThat(records.find(STEEL)).contains(
                new EnterpriseRecords.OnRecord("上海浦东示范钢铁有限公司", DivisionCode.of("310115"), true));

        append(store, new DishonestyCleared(STEEL, "信用修复完成", "沪经信〔2025〕30号", AT));

        assertThat(records.find(STEEL)).hasValueSatisfying(onRecord -> assertThat(onRecord.dishonest()).isFalse());
    }

    private void append(EventStore events, Object event) {
        events.publish(new GenericDomainEventMessage<>("Enterprise", STEEL.value(), sequence++, event));
    }
}
