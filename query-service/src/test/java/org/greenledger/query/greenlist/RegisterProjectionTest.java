package org.greenledger.query.greenlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.query.greenlist.RegisterHistory.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.greenledger.contracts.greenlist.EntryRecord;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.greenlist.FindEntry;
import org.greenledger.contracts.greenlist.FindRegister;
import org.greenledger.contracts.greenlist.HistoryLine;
import org.greenledger.contracts.greenlist.RegisterPage;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.greenlist.Score;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegisterProjectionTest {

    static MongoServer server;
    static MongoClient client;
    MongoCollection<Document> entries;
    RegisterProjection projection;
    RegisterQueries queries;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void emptyCollection() {
        entries = client.getDatabase("register-projection-test").getCollection(RegisterDocuments.COLLECTION);
        entries.drop();
        projection = new RegisterProjection(entries);
        queries = new RegisterQueries(entries);
    }

    @Test
    void a_removed_entry_keeps_its_corrected_dates_its_level_and_every_change_as_a_history_line() {
        applyAll(this::apply);

        EntryRecord record = queries.handle(new FindEntry(FACTORY));

        assertThat(record.entry().status()).isEqualTo(EntryStatus.REMOVED);
        assertThat(record.entry().level()).isEqualTo(ListLevel.NATIONAL);
        assertThat(record.entry().score()).isEqualTo(Score.of("86.5"));
        assertThat(record.entry().listedFrom()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(record.entry().removedFrom()).isEqualTo(LocalDate.parse("2026-05-10"));
        assertThat(record.entry().removalReason()).isEqualTo(RemovalReason.ENVIRONMENTAL_INCIDENT);
        assertThat(record.entry().position()).isEqualTo(HISTORY.size() - 1);
        assertThat(record.nextReviewDue()).isNull();
        assertThat(record.history()).extracting(HistoryLine::event).containsExactly("EntryNominated", "EntryEvaluated",
                "EntryListed", "EntryUpgraded", "EntryRemoved", "RemovalDateCorrected");
        HistoryLine removal = record.history().get(4);
        assertThat(removal.subject()).isEqualTo("wang.li");
        assertThat(removal.role()).isEqualTo("OFFICIAL");
        assertThat(removal.recordedAt()).isEqualTo(REMOVED_AT);
        assertThat(removal.effectiveFrom()).isEqualTo(LocalDate.parse("2026-05-12"));
        assertThat(removal.detail()).contains("ENVIRONMENTAL_INCIDENT", "较大突发环境事件", "沪经信节〔2026〕31号");
        assertThat(record.history().get(5).detail()).contains("from 2026-05-12 to 2026-05-10", "事件发生日期核实为5月10日");
    }

    @Test
    void an_entry_follows_its_enterprises_profile_and_shows_who_declared() {
        applyAll(this::apply);

        EntryRecord record = queries.handle(new FindEntry(PRODUCT));

        assertThat(record.entry().divisionCode()).isEqualTo(XUHUI);
        assertThat(record.entry().districtName()).isEqualTo("徐汇区");
        assertThat(record.entry().enterpriseName()).isEqualTo("上海徐汇化工有限公司");
        assertThat(record.entry().status()).isEqualTo(EntryStatus.UNDER_RECTIFICATION);
        assertThat(record.rectificationDeadline()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(record.declarations()).singleElement().satisfies(d -> {
            assertThat(d.year()).isEqualTo(2025);
            assertThat(d.outputValue().toYuan()).isEqualTo("880000.12");
            assertThat(d.late()).isFalse();
        });
        assertThat(record.history()).filteredOn(line -> line.event().equals("DeclarationFiled")).singleElement()
                .satisfies(line -> {
                    assertThat(line.subject()).isEqualTo(CHEMICALS.value());
                    assertThat(line.role()).isEqualTo("ENTERPRISE");
                });
    }

    @Test
    void reviews_rectifications_and_corrections_leave_their_marks() {
        applyAll(this::apply);

        EntryRecord demonstration = queries.handle(new FindEntry(DEMONSTRATION));
        EntryRecord supplyChain = queries.handle(new FindEntry(SUPPLY_CHAIN));

        assertThat(demonstration.entry().status()).isEqualTo(EntryStatus.RECTIFICATION_MISSED);
        assertThat(demonstration.entry().listedFrom()).isEqualTo(LocalDate.parse("2023-06-15"));
        assertThat(demonstration.history()).extracting(HistoryLine::event).contains("ReviewPassed", "RectificationConfirmed",
                "RectificationMissed", "ListingDateCorrected");
        assertThat(supplyChain.missedDeclarations()).containsExactly(2024);
        assertThat(supplyChain.nextReviewDue()).isEqualTo(LocalDate.parse("2026-03-01"));
    }

    @Test
    void a_nomination_alone_makes_one_line_and_keeps_the_district_it_was_nominated_with() {
        applyAll(this::apply);
        Document pilot = entries.find(new Document("_id", ZERO_CARBON.value())).first();

        assertThat(pilot.getList("history", Document.class)).singleElement()
                .satisfies(line -> assertThat(line.getString("subject")).isEqualTo("wang.li"));
        assertThat(queries.handle(new FindEntry(ZERO_CARBON)).entry().divisionCode()).isEqualTo(DivisionCode.of("310113"));
    }

    @Test
    void every_event_applied_twice_gives_the_same_documents() {
        applyAll(this::apply);
        List<Document> once = documents();
        entries.drop();

        applyAll((recorded, token) -> {
            apply(recorded, token);
            apply(recorded, token);
        });

        assertThat(documents()).isEqualTo(once).hasSize(6);
    }

    @Test
    void a_redelivered_older_event_does_not_undo_a_newer_one() {
        applyAll(this::apply);
        List<Document> current = documents();

        int removal = indexOf(REMOVED_AT);
        apply(HISTORY.get(removal), new GlobalSequenceTrackingToken(removal));
        apply(HISTORY.get(3), new GlobalSequenceTrackingToken(3));

        assertThat(documents()).isEqualTo(current);
    }

    @Test
    void a_reset_and_replay_rebuilds_the_same_register() {
        applyAll(this::apply);
        List<Document> before = documents();
        RegisterPage registerBefore = queries.handle(new FindRegister(LocalDate.parse("2026-05-20"), NOW, null, null, null, null, 0, 20));

        projection.reset();
        assertThat(entries.countDocuments()).isZero();
        TrackingToken replayedUpTo = new GlobalSequenceTrackingToken(HISTORY.size() - 1);
        applyAll((recorded, token) -> apply(recorded, ReplayToken.createReplayToken(replayedUpTo, token)));

        assertThat(documents()).isEqualTo(before);
        assertThat(queries.handle(new FindRegister(LocalDate.parse("2026-05-20"), NOW, null, null, null, null, 0, 20)))
                .isEqualTo(registerBefore);
        assertThat(registerBefore.total()).isEqualTo(3);
    }

    private void apply(RegisterHistory.Recorded recorded, TrackingToken token) {
        RegisterHistory.apply(projection, recorded, token);
    }

    private List<Document> documents() {
        return entries.find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    private static int indexOf(Instant removedAt) {
        for (int i = 0; i < HISTORY.size(); i++) {
            if (HISTORY.get(i).event() instanceof EntryRemoved e && e.removedAt().equals(removedAt)) {
                return i;
            }
        }
        throw new IllegalStateException("no removal");
    }

    private static void applyAll(BiConsumer<RegisterHistory.Recorded, TrackingToken> handler) {
        for (int position = 0; position < HISTORY.size(); position++) {
            handler.accept(HISTORY.get(position), new GlobalSequenceTrackingToken(position));
        }
    }
}
