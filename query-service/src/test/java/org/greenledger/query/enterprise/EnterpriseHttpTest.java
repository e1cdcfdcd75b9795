package org.greenledger.query.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.devtools.DevTokens;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
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
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registry's query API over HTTP: events go into the in-memory store, the projection picks
 * them up, and requests wait for it with {@code X-Min-Position}; tokens of every role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnterpriseHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc CHEMICALS = Uscc.of("9131000013221158XC");
    static final Uscc ASSOCIATION = Uscc.of("523101155013254601");
    static final Uscc UNREGISTERED = Uscc.of("91350100M000100Y43");
    static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;

    long lastPosition;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/query-http-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void threeEnterprises() {
        append(STEEL, 0, new EnterpriseRegistered(STEEL, "上海宝山示范钢铁有限公司", DivisionCode.of("310113"), IndustryCode.of("C3110"), true, AT));
        append(CHEMICALS, 0, new EnterpriseRegistered(CHEMICALS, "上海浦东化工有限公司", DivisionCode.of("310115"), IndustryCode.of("C2614"), true, AT));
        append(ASSOCIATION, 0, new EnterpriseRegistered(ASSOCIATION, "上海宝山绿色协会", DivisionCode.of("310113"), IndustryCode.of("S9522"), false, AT));
        append(STEEL, 1, new EnergyAuditRecorded(STEEL, LocalDate.of(2025, 2, 20), "EA-2025-0042", AT));
        append(STEEL, 2, new DishonestyFlagged(STEEL, "虚报节能量", "沪经信〔2025〕12号", AT));
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Nested
    class FindingAProfile {

        @Test
        void an_official_sees_the_whole_profile_once_the_projection_has_caught_up() throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/enterprises/{uscc}", STEEL)))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Position"))
                    .andExpect(jsonPath("$.uscc").value(STEEL.value()))
                    .andExpect(jsonPath("$.name").value("上海宝山示范钢铁有限公司"))
                    .andExpect(jsonPath("$.divisionCode").value("310113"))
                    .andExpect(jsonPath("$.districtName").value("宝山区"))
                    .andExpect(jsonPath("$.industryCode").value("C3110"))
                    .andExpect(jsonPath("$.keyEnergyUser").value(true))
                    .andExpect(jsonPath("$.dishonest").value(true))
                    .andExpect(jsonPath("$.dishonestyReason").value("虚报节能量"))
                    .andExpect(jsonPath("$.energyAudits[0].auditedOn").value("2025-02-20"))
                    .andExpect(jsonPath("$.energyAudits[0].reportReference").value("EA-2025-0042"))
                    .andExpect(jsonPath("$.registeredAt").value("2025-03-01T02:00:00Z"))
                    .andExpect(jsonPath("$.position").value(lastPosition));
        }

        @Test
        void an_enterprise_sees_its_own_profile() throws Exception {
            http.perform(as(enterprise(CHEMICALS), get("/api/enterprises/{uscc}", CHEMICALS)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.districtName").value("浦东新区"));
        }

        @Test
        void an_enterprise_cannot_see_another_ones_profile() throws Exception {
            http.perform(as(enterprise(CHEMICALS), get("/api/enterprises/{uscc}", STEEL)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("security.not-own-record"));
        }

        @Test
        void an_auditor_sees_any_profile() throws Exception {
            http.perform(as(token(Role.AUDITOR), get("/api/enterprises/{uscc}", ASSOCIATION)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.keyEnergyUser").value(false));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK"})
        void experts_and_banks_cannot_read_profiles_here(Role role) throws Exception {
            http.perform(as(token(role), get("/api/enterprises/{uscc}", STEEL)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void without_a_token_nobody_reads() throws Exception {
            http.perform(get("/api/enterprises/{uscc}", STEEL))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void an_unregistered_enterprise_is_a_404_problem() throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/enterprises/{uscc}", UNREGISTERED)))
                    .andExpect(status().isNotFound())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.code").value("enterprise.not-found"));
        }

        @Test
        void a_wrong_uscc_is_a_400_naming_it() throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/enterprises/{uscc}", "91310113MA1FL4G932")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                    .andExpect(jsonPath("$.code").value("uscc.check-character"));
        }
    }

    @Nested
    class Listing {

        @Test
        void an_official_lists_by_name_prefix_district_and_key_energy_user() throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/enterprises")
                            .param("namePrefix", "上海宝山").param("divisionCode", "310113").param("keyEnergyUser", "true")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].uscc", contains(STEEL.value())))
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(20));
        }

        @Test
        void an_auditor_pages_through_everything() throws Exception {
            http.perform(as(token(Role.AUDITOR), get("/api/enterprises").param("page", "1").param("size", "2")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].uscc", contains(STEEL.value())))
                    .andExpect(jsonPath("$.total").value(3));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ENTERPRISE", "EXPERT", "BANK"})
        void other_roles_cannot_list(Role role) throws Exception {
            String token = role == Role.ENTERPRISE ? enterprise(STEEL) : token(role);

            http.perform(as(token, get("/api/enterprises")))
                    .andExpect(status().isForbidden());
        }

        @ParameterizedTest
        @CsvSource({"size, 0", "size, 101", "size, ten", "page, -1", "divisionCode, 31011", "keyEnergyUser, maybe"})
        void a_bad_parameter_is_a_400_naming_it(String parameter, String value) throws Exception {
            http.perform(as(token(Role.OFFICIAL), get("/api/enterprises").param(parameter, value)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value(parameter));
        }
    }

    private void append(Uscc uscc, long sequence, Object event) {
        AppendedPositions.clear();
        events.publish(new GenericDomainEventMessage<>("Enterprise", uscc.value(), sequence, event));
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
            Path folder = Files.createTempDirectory("greenledger-query-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
