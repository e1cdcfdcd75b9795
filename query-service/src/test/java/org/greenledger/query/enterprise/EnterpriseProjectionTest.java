package org.greenledger.query.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAudit;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseEvent;
import org.greenledger.contracts.enterprise.EnterpriseProfile;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.FindEnterprise;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnterpriseProjectionTest {

    static final Uscc BAOSHAN_STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc FUZHOU_CHEMICALS = Uscc.of("91350100M000100Y43");
    static final Instant T1 = Instant.parse("2025-01-15T02:00:00Z");
    static final Instant T2 = Instant.parse("2025-02-15T02:00:00Z");
    static final Instant T3 = Instant.parse("2025-03-15T02:00:00Z");
    static final Instant T4 = Instant.parse("2025-04-15T02:00:00Z");
    static final Instant T5 = Instant.parse("2025-05-15T02:00:00Z");

    /** A history of two enterprises, interleaved, at global positions 0-6. */
    static final List<EnterpriseEvent> HISTORY = List.of(
            new EnterpriseRegistered(BAOSHAN_STEEL, "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), IndustryCode.of("C3110"), true, T1),
            new EnterpriseRegistered(FUZHOU_CHEMICALS, "福州示范化工有限公司", DivisionCode.of("350100"), IndustryCode.of("C2614"), false, T1),
            new EnergyAuditRecorded(BAOSHAN_STEEL, LocalDate.of(2025, 2, 1), "EA-2025-0042", T2),
            new ProfileChanged(BAOSHAN_STEEL, "上海浦东示范钢铁有限公司", DivisionCode.of("310115"), IndustryCode.of("C3120"), true, T3),
            new DishonestyFlagged(BAOSHAN_STEEL, "虚报节能量", "沪经信〔2025〕12号", T4),
            new EnergyAuditRecorded(BAOSHAN_STEEL, LocalDate.of(2025, 4, 20), "EA-2025-0077", T4),
            new DishonestyCleared(BAOSHAN_STEEL, "信用修复完成", "沪经信〔2025〕30号", T5));

    static MongoServer server;
    static MongoClient client;
    MongoCollection<Document> enterprises;
    EnterpriseProjection projection;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostPort(server.bind()));
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void emptyCollection() {
        enterprises = client.getDatabase("projection-test").getCollection(EnterpriseDocuments.COLLECTION);
        enterprises.drop();
        projection = new EnterpriseProjection(enterprises);
    }

    @Test
    void the_history_builds_the_profile_with_the_last_position() {
        applyAll(HISTORY, this::apply);

        EnterpriseProfile profile = new EnterpriseQueries(enterprises).handle(new FindEnterprise(BAOSHAN_STEEL));

        assertThat(profile).isEqualTo(new EnterpriseProfile(BAOSHAN_STEEL, "上海浦东示范钢铁有限公司",
                DivisionCode.of("310115"), "浦东新区", IndustryCode.of("C3120"), true, false, null,
                List.of(new EnergyAudit(LocalDate.of(2025, 2, 1), "EA-2025-0042", T2),
                        new EnergyAudit(LocalDate.of(2025, 4, 20), "EA-2025-0077", T4)),
                T1, T5, 6));
    }

    @Test
    void a_flagged_enterprise_shows_the_current_reason() {
        applyAll(HISTORY.subList(0, 5), this::apply);

        EnterpriseProfile profile = new EnterpriseQueries(enterprises).handle(new FindEnterprise(BAOSHAN_STEEL));

        assertThat(profile.dishonest()).isTrue();
        assertThat(profile.dishonestyReason()).isEqualTo("虚报节能量");
        assertThat(profile.position()).isEqualTo(4);
    }

    @Test
    void an_enterprise_outside_shanghai_has_no_district_name() {
        applyAll(HISTORY, this::apply);

        EnterpriseProfile profile = new EnterpriseQueries(enterprises).handle(new FindEnterprise(FUZHOU_CHEMICALS));

        assertThat(profile.districtName()).isNull();
        assertThat(profile.position()).isEqualTo(1);
    }

    @Test
    void every_event_applied_twice_gives_the_same_documents() {
        applyAll(HISTORY, this::apply);
        List<Document> once = documents();
        enterprises.drop();

        applyAll(HISTORY, (event, token) -> {
            apply(event, token);
            apply(event, token);
        });

        assertThat(documents()).isEqualTo(once).hasSize(2);
    }

    @Test
    void a_redelivered_older_event_does_not_undo_a_newer_one() {
        applyAll(HISTORY, this::apply);
        List<Document> current = documents();

        apply(HISTORY.get(4), new GlobalSequenceTrackingToken(4));
        apply(HISTORY.get(2), new GlobalSequenceTrackingToken(2));

        assertThat(documents()).isEqualTo(current);
    }

    @Test
    void a_reset_and_replay_rebuilds_identical_documents() {
        applyAll(HISTORY, this::apply);
        List<Document> before = documents();

        projection.reset();
        assertThat(enterprises.countDocuments()).isZero();
        TrackingToken replayedUpTo = new GlobalSequenceTrackingToken(HISTORY.size() - 1);
        applyAll(HISTORY, (event, token) ->
                apply(event, ReplayToken.createReplayToken(replayedUpTo, token)));

        assertThat(documents()).isEqualTo(before);
    }

    private void apply(EnterpriseEvent event, TrackingToken token) {
        if (event instanceof EnterpriseRegistered e) {
            projection.on(e, token);
        } else if (event instanceof ProfileChanged e) {
            projection.on(e, token);
        } else if (event instanceof EnergyAuditRecorded e) {
            projection.on(e, token);
        } else if (event instanceof DishonestyFlagged e) {
            projection.on(e, token);
        } else if (event instanceof DishonestyCleared e) {
            projection.on(e, token);
        }
    }

    private List<Document> documents() {
        return enterprises.find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    private static void applyAll(List<EnterpriseEvent> events, BiConsumer<EnterpriseEvent, TrackingToken> handler) {
        for (int position = 0; position < events.size(); position++) {
            handler.accept(events.get(position), new GlobalSequenceTrackingToken(position));
        }
    }

    private static String hostPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
