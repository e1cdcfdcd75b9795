package org.greenledger.query.greenlist;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.RSAKey;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.greenlist.EntryEvaluated;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.devtools.DevTokens;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.greenlist.Score;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The green list's query API over HTTP: events go into the in-memory store, the projection picks
 * them up, requests wait for it with {@code X-Min-Position}; tokens of every role. The factory
 * was listed from 2024-01-01 and removed on 2025-06-30, back-dated to 2025-03-01; the product is
 * listed from 2024-06-01 and has declared nothing; the pilot is only nominated.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc CHEMICALS = Uscc.of("9131000013221158XC");
    static final BatchName BATCH = BatchName.of("2023-2");
    static final ListedUnit COATING = ListedUnit.product("环保涂料", "HB-200");
    static final EntryId FACTORY = EntryId.forUnit(BATCH, ListCategory.GREEN_FACTORY, STEEL, ListedUnit.enterprise());
    static final EntryId PRODUCT = EntryId.forUnit(BATCH, ListCategory.GREEN_DESIGN_PRODUCT, CHEMICALS, COATING);
    static final EntryId PILOT = EntryId.forUnit(BATCH, ListCategory.ZERO_CARBON_FACTORY, STEEL, ListedUnit.enterprise());
    static final Instant REMOVED_AT = Instant.parse("2025-06-30T02:00:00Z");
    static final MetaData OFFICIAL = MetaData.with(MetaDataKeys.SUBJECT, "wang.li").and(MetaDataKeys.ROLE, "OFFICIAL");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;

    long lastPosition;
    final Map<EntryId, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/greenlist-query-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void aSmallRegister() {
        append(FACTORY, new EntryNominated(FACTORY, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BATCH, STEEL,
                "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), ListedUnit.enterprise(), Instant.parse("2023-10-08T02:00:00Z")));
        append(FACTORY, new EntryEvaluated(FACTORY, Score.of("86.5"), "上海市节能监察中心", "EV-2023-118", Instant.parse("2023-11-20T02:00:00Z")));
        append(FACTORY, new EntryListed(FACTORY, ListLevel.MUNICIPAL, LocalDate.parse("2024-01-01"), "沪经信节〔2023〕88号",
                Instant.parse("2024-01-02T02:00:00Z")));
        append(PRODUCT, new EntryNominated(PRODUCT, ListCategory.GREEN_DESIGN_PRODUCT, ListLevel.MUNICIPAL, BATCH, CHEMICALS,
                "上海浦东化工有限公司", DivisionCode.of("310115"), COATING, Instant.parse("2023-10-09T02:00:00Z")));
        append(PRODUCT, new EntryEvaluated(PRODUCT, Score.of("88"), "中国质量认证中心", "EV-2024-031", Instant.parse("2024-04-20T02:00:00Z")));
        append(PRODUCT, new EntryListed(PRODUCT, ListLevel.MUNICIPAL, LocalDate.parse("2024-06-01"), "沪经信节〔2024〕40号",
                Instant.parse("2024-05-28T02:00:00Z")));
        append(PILOT, new EntryNominated(PILOT, ListCategory.ZERO_CARBON_FACTORY, ListLevel.MUNICIPAL, BATCH, STEEL,
                "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), ListedUnit.enterprise(), Instant.parse("2023-10-10T02:00:00Z")));
        append(FACTORY, new EntryRemoved(FACTORY, RemovalReason.ENVIRONMENTAL_INCIDENT, "较大突发环境事件", LocalDate.parse("2025-03-01"),
                "沪经信节〔2025〕31号", REMOVED_AT));
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Nested
    class TheRegister {

        @ParameterizedTest
        @EnumSource(Role.class)
        void every_role_reads_the_published_register_of_today_as_known_now(Role role) throws Exception {
            String token = role == Role.ENTERPRISE ? enterprise(CHEMICALS) : token(role);

            http.perform(as(token, get("/api/greenlist/register")))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Position"))
                    .andExpect(jsonPath("$.items[*].entryId", contains(PRODUCT.value())))
                    .andExpect(jsonPath("$.items[0].categoryName").value("绿色设计产品"))
                    .andExpect(jsonPath("$.items[0].unit.model").value("HB-200"))
                    .andExpect(jsonPath("$.items[0].districtName").value("浦东新区"))
                    .andExpect(jsonPath("$.items[0].score").doesNotExist())
                    .andExpect(jsonPath("$.total").value(1));
        }

        @Test
        void a_back_dated_removal_changes_an_earlier_day_only_for_knowledge_since_it_was_recorded() throws Exception {
            http.perform(as(token(Role.BANK), get("/api/greenlist/register").param("asOf", "2025-04-01")))
                    .andExpect(jsonPath("$.items[*].entryId", contains(PRODUCT.value())));
            http.perform(as(token(Role.BANK), get("/api/greenlist/register")
                            .param("asOf", "2025-04-01").param("knownAt", "2025-06-29T02:00:00Z")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.asOf").value("2025-04-01"))
                    .andExpect(jsonPath("$.knownAt").value("2025-06-29T02:00:00Z"))
                    .andExpect(jsonPath("$.items[*].entryId", containsInAnyOrder(FACTORY.value(), PRODUCT.value())));
        }

        @Test
        void filters_apply_to_the_register() throws Exception {
            http.perform(as(token(Role.AUDITOR), get("/api/greenlist/register").param("asOf", "2024-12-31")
                            .param("district", "310113").param("category", "GREEN_FACTORY").param("level", "MUNICIPAL")
                            .param("batch", "2023-2")))
                    .andExpect(jsonPath("$.items[*].entryId", contains(FACTORY.value())))
                    .andExpect(jsonPath("$.items[0].removedFrom").value("2025-03-01"));
        }

        @ParameterizedTest
        @CsvSource({"asOf, 2025/04/01", "knownAt, yesterday", "level, PROVINCIAL", "category, GREEN_HOTEL",
                "district, 31011", "batch, 2025-01", "size, 0", "size, 101", "page, -1"})
        void a_bad_parameter_is_a_400_naming_it(String parameter, String value) throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/greenlist/register").param(parameter, value)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(parameter));
        }

        @Test
        void without_a_token_nobody_reads() throws Exception {
            http.perform(get("/api/greenlist/register"))
                    .andExpect(status().isUnauthorized());
        }
    }

    @Nested
    class TheWorkingList {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"OFFICIAL", "AUDITOR", "BANK"})
        void officials_auditors_and_banks_list_entries_in_every_state(Role role) throws Exception {
            http.perform(as(token(role), get("/api/greenlist/entries").param("status", "REMOVED")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].entryId", contains(FACTORY.value())))
                    .andExpect(jsonPath("$.items[0].removalReason").value("ENVIRONMENTAL_INCIDENT"));
            http.perform(as(token(role), get("/api/greenlist/entries")))
                    .andExpect(jsonPath("$.total").value(3));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ENTERPRISE", "EXPERT"})
        void enterprises_and_experts_do_not_list_entries(Role role) throws Exception {
            String token = role == Role.ENTERPRISE ? enterprise(STEEL) : token(role);

            http.perform(as(token, get("/api/greenlist/entries")))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class OneEntry {

        @Test
        void an_official_sees_every_change_with_who_in_which_role_when_and_why() throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/greenlist/entries/{id}", FACTORY)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.entry.status").value("REMOVED"))
                    .andExpect(jsonPath("$.history[*].event", contains("EntryNominated", "EntryEvaluated", "EntryListed", "EntryRemoved")))
                    .andExpect(jsonPath("$.history[3].subject").value("wang.li"))
                    .andExpect(jsonPath("$.history[3].role").value("OFFICIAL"))
                    .andExpect(jsonPath("$.history[3].recordedAt").value("2025-06-30T02:00:00Z"))
                    .andExpect(jsonPath("$.history[3].effectiveFrom").value("2025-03-01"))
                    .andExpect(jsonPath("$.history[3].detail").value(containsString("较大突发环境事件")));
        }

        @Test
        void an_enterprise_reads_its_own_entry_but_not_another_ones() throws Exception {
            http.perform(as(enterprise(CHEMICALS), get("/api/greenlist/entries/{id}", PRODUCT)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.entry.score").value(88.0));
            http.perform(as(enterprise(CHEMICALS), get("/api/greenlist/entries/{id}", FACTORY)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("security.not-own-record"));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"AUDITOR", "BANK"})
        void auditors_and_banks_read_any_entry(Role role) throws Exception {
            http.perform(as(token(role), get("/api/greenlist/entries/{id}", PILOT)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.entry.status").value("NOMINATED"));
        }

        @Test
        void an_expert_reads_no_entry() throws Exception {
            http.perform(as(token(Role.EXPERT), get("/api/greenlist/entries/{id}", PILOT)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_unknown_entry_is_a_404_and_a_malformed_id_a_400() throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/greenlist/entries/{id}", "00000000-0000-3000-8000-000000000000")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("greenlist.entry-not-found"));
            http.perform(as(token(Role.OFFICIAL), get("/api/greenlist/entries/{id}", "entry-17")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("entryId"));
        }
    }

    @Nested
    class AnEnterprisesEntries {

        @Test
        void an_enterprise_reads_all_its_entries_with_their_histories() throws Exception {
            http.perform(as(enterprise(STEEL), get("/api/greenlist/enterprises/{uscc}/entries", STEEL)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].entry.entryId", containsInAnyOrder(FACTORY.value(), PILOT.value())))
                    .andExpect(jsonPath("$[*].history[*].event", hasItem("EntryRemoved")));
        }

        @Test
        void an_enterprise_cannot_read_another_ones_entries() throws Exception {
            http.perform(as(enterprise(CHEMICALS), get("/api/greenlist/enterprises/{uscc}/entries", STEEL)))
                    .andExpect(status().isForbidden());
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"OFFICIAL", "AUDITOR"})
        void officials_and_auditors_read_any_enterprises_entries(Role role) throws Exception {
            http.perform(as(token(role), get("/api/greenlist/enterprises/{uscc}/entries", CHEMICALS)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].entry.entryId", contains(PRODUCT.value())));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK"})
        void experts_and_banks_do_not(Role role) throws Exception {
            http.perform(as(token(role), get("/api/greenlist/enterprises/{uscc}/entries", CHEMICALS)))
                    .andExpect(status().isForbidden());
        }
    }

    @Nested
    class TheUpkeepCalendar {

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"OFFICIAL", "AUDITOR"})
        void officials_and_auditors_see_what_is_owed_and_overdue(Role role) throws Exception {
            http.perform(as(token(role), get("/api/greenlist/calendar")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].kind").value("DECLARATION_DUE"))
                    .andExpect(jsonPath("$.items[0].entryId").value(PRODUCT.value()))
                    .andExpect(jsonPath("$.items[0].year").value(2024))
                    .andExpect(jsonPath("$.items[0].dueOn").value("2025-03-31"))
                    .andExpect(jsonPath("$.items[0].overdue").value(true))
                    .andExpect(jsonPath("$.items[*].entryId", everyItem(is(PRODUCT.value()))));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ENTERPRISE", "EXPERT", "BANK"})
        void other_roles_do_not(Role role) throws Exception {
            String token = role == Role.ENTERPRISE ? enterprise(CHEMICALS) : token(role);

            http.perform(as(token, get("/api/greenlist/calendar")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void a_horizon_beyond_ten_years_is_a_400() throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/greenlist/calendar").param("until", "2199-01-01")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("until"));
        }
    }

    private void append(EntryId id, Object event) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        AppendedPositions.clear();
        events.publish(new GenericDomainEventMessage<>("ListEntry", id.value(), sequence, event, OFFICIAL));
        lastPosition = AppendedPositions.last().orElseThrow();
    }

    /** Every request waits until the projection has processed the last appended event. */
    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Min-Position", Long.toString(lastPosition));
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String token(Role role) {
        return DevTokens.issue(KEY, role, role.name().toLowerCase() + "-test", Duration.ofMinutes(5), Instant.now());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-greenlist-query-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
