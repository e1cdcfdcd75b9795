package org.greenledger.query.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.bson.Document;
import org.greenledger.contracts.enterprise.EnterprisePage;
import org.greenledger.contracts.enterprise.EnterpriseProfile;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.FindEnterprise;
import org.greenledger.contracts.enterprise.ListEnterprises;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnterpriseQueriesTest {

    static final Instant AT = Instant.parse("2025-01-15T02:00:00Z");
    static final DivisionCode BAOSHAN = DivisionCode.of("310113");
    static final DivisionCode PUDONG = DivisionCode.of("310115");

    static MongoServer server;
    static MongoClient client;
    static EnterpriseQueries queries;

    @BeforeAll
    static void fiveEnterprises() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        MongoCollection<Document> enterprises = client.getDatabase("queries-test").getCollection(EnterpriseDocuments.COLLECTION);
        EnterpriseProjection projection = new EnterpriseProjection(enterprises);
        register(projection, 0, "91310113MA1FL4G931", "上海宝山示范钢铁有限公司", BAOSHAN, true);
        register(projection, 1, "91350100M000100Y43", "上海(宝山)新材料有限公司", BAOSHAN, false);
        register(projection, 2, "9131000013221158XC", "上海浦东化工有限公司", PUDONG, true);
        register(projection, 3, "123100004250387689", "宝山区节能监察中心", BAOSHAN, false);
        register(projection, 4, "523101155013254601", "上海宝山绿色协会", PUDONG, true);
        queries = new EnterpriseQueries(enterprises);
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @Test
    void an_unknown_enterprise_has_no_profile() {
        assertThat(queries.handle(new FindEnterprise(Uscc.of("N1310000AB12CD34XU")))).isNull();
    }

    @Test
    void without_criteria_every_enterprise_is_listed_in_uscc_order() {
        EnterprisePage page = queries.handle(new ListEnterprises(null, null, null, 0, 20));

        assertThat(usccs(page)).containsExactly("123100004250387689", "523101155013254601",
                "9131000013221158XC", "91310113MA1FL4G931", "91350100M000100Y43");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void the_criteria_combine() {
        EnterprisePage page = queries.handle(new ListEnterprises("上海宝山", PUDONG, true, 0, 20));

        assertThat(usccs(page)).containsExactly("523101155013254601");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void a_name_prefix_is_taken_literally_not_as_a_pattern() {
        EnterprisePage literal = queries.handle(new ListEnterprises("上海(宝山)", null, null, 0, 20));
        EnterprisePage inside = queries.handle(new ListEnterprises("宝山", null, null, 0, 20));

        assertThat(usccs(literal)).containsExactly("91350100M000100Y43");
        assertThat(usccs(inside)).containsExactly("123100004250387689");
    }

    @Test
    void pages_split_the_matches_and_report_the_total() {
        EnterprisePage first = queries.handle(new ListEnterprises(null, BAOSHAN, null, 0, 2));
        EnterprisePage second = queries.handle(new ListEnterprises(null, BAOSHAN, null, 1, 2));
        EnterprisePage beyond = queries.handle(new ListEnterprises(null, BAOSHAN, null, 5, 2));

        assertThat(usccs(first)).containsExactly("123100004250387689", "91310113MA1FL4G931");
        assertThat(usccs(second)).containsExactly("91350100M000100Y43");
        assertThat(beyond.items()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(3L);
    }

    @Test
    void key_energy_users_can_be_listed_alone() {
        EnterprisePage page = queries.handle(new ListEnterprises(null, null, true, 0, 20));

        assertThat(page.items()).allMatch(EnterpriseProfile::keyEnergyUser).hasSize(3);
    }

    private static List<String> usccs(EnterprisePage page) {
        return page.items().stream().map(p -> p.uscc().value()).toList();
    }

    private static void register(EnterpriseProjection projection, long position, String uscc, String name,
                                 DivisionCode division, boolean keyEnergyUser) {
        projection.on(new EnterpriseRegistered(Uscc.of(uscc), name, division, IndustryCode.of("C3110"), keyEnergyUser, AT),
                new GlobalSequenceTrackingToken(position));
    }
}
