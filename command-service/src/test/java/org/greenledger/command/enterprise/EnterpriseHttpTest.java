package org.greenledger.command.enterprise;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.greenledger.devtools.DevTokens;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

/** The registry's command API over HTTP, against the in-memory store, with tokens of every role. */
@SpringBootTest
@AutoConfigureMockMvc
class EnterpriseHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    private static final AtomicInteger ENTERPRISES = new AtomicInteger();

    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/command-http-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Nested
    class Registering {

        @Test
        void an_enterprise_registers_itself_and_learns_where_and_at_which_position() throws Exception {
            Uscc uscc = newUscc();

            http.perform(as(enterprise(uscc), post("/api/enterprises")).content(registration(uscc)))
                    .andExpect(status().isCreated())
                    .andExpect(header().string(HttpHeaders.LOCATION, "/api/enterprises/" + uscc))
                    .andExpect(header().exists("X-Position"))
                    .andExpect(jsonPath("$.uscc").value(uscc.value()))
                    .andExpect(jsonPath("$.position").value(greaterThanOrEqualTo(0)));
        }

        @Test
        void an_official_registers_any_enterprise() throws Exception {
            Uscc uscc = newUscc();

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises")).content(registration(uscc)))
                    .andExpect(status().isCreated());
        }

        @Test
        void an_enterprise_cannot_register_another() throws Exception {
            http.perform(as(enterprise(newUscc()), post("/api/enterprises")).content(registration(newUscc())))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("security.not-own-record"));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK", "AUDITOR"})
        void other_roles_cannot_register(Role role) throws Exception {
            http.perform(as(token(role), post("/api/enterprises")).content(registration(newUscc())))
                    .andExpect(status().isForbidden());
        }

        @Test
        void without_a_token_nobody_registers() throws Exception {
            http.perform(post("/api/enterprises").contentType(MediaType.APPLICATION_JSON).content(registration(newUscc())))
                    .andExpect(status().isUnauthorized());
        }

        @Test
        void registering_a_registered_enterprise_is_a_conflict() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises")).content(registration(uscc)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("enterprise.already-registered"));
        }

        @Test
        void a_retried_registration_with_its_idempotency_key_gets_the_first_answer_again() throws Exception {
            Uscc uscc = newUscc();
            String key = "register-" + uscc;

            String first = http.perform(as(enterprise(uscc), post("/api/enterprises")).header("Idempotency-Key", key)
                            .content(registration(uscc)))
                    .andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            http.perform(as(enterprise(uscc), post("/api/enterprises")).header("Idempotency-Key", key)
                            .content(registration(uscc)))
                    .andExpect(status().isCreated())
                    .andExpect(content().json(first, true));
        }

        @Test
        void a_wrong_uscc_is_a_400_naming_the_field_and_the_rule() throws Exception {
            String body = """
                    {"uscc": "91350100M000100Y44", "name": "福州示范化工有限公司", "divisionCode": "310113",
                     "industryCode": "C2614", "keyEnergyUser": false}""";

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises")).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.code").value("uscc.check-character"))
                    .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                    .andExpect(jsonPath("$.detail").value(containsString("should be '3', not '4'")));
        }

        @Test
        void a_wrong_division_code_is_a_400_naming_the_field() throws Exception {
            Uscc uscc = newUscc();
            String body = registration(uscc).replace("\"divisionCode\": \"310113\"", "\"divisionCode\": \"310108\"");

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises")).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("divisionCode"))
                    .andExpect(jsonPath("$.code").value("division.shanghai-district"));
        }

        @Test
        void a_missing_key_energy_user_flag_is_a_400_naming_the_field() throws Exception {
            Uscc uscc = newUscc();
            String body = registration(uscc).replace(", \"keyEnergyUser\": true", "");

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises")).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("keyEnergyUser"));
        }

        @Test
        void a_name_too_long_is_a_400_naming_the_field() throws Exception {
            Uscc uscc = newUscc();
            String body = registration(uscc).replace("上海宝山示范钢铁有限公司", "企".repeat(201));

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises")).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("name"))
                    .andExpect(jsonPath("$.code").value("enterprise.text-too-long"));
        }
    }

    @Nested
    class ChangingTheProfile {

        @Test
        void an_enterprise_changes_its_own_profile_and_the_same_again_changes_nothing() throws Exception {
            Uscc uscc = registeredEnterprise();
            String pudong = profile("310115");

            http.perform(as(enterprise(uscc), put("/api/enterprises/{uscc}/profile", uscc)).content(pudong))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Position"))
                    .andExpect(jsonPath("$.changed").value(true));
            http.perform(as(enterprise(uscc), put("/api/enterprises/{uscc}/profile", uscc)).content(pudong))
                    .andExpect(status().isOk())
                    .andExpect(header().doesNotExist("X-Position"))
                    .andExpect(jsonPath("$.changed").value(false))
                    .andExpect(jsonPath("$.position").isEmpty());
        }

        @Test
        void an_official_changes_any_profile() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(Role.OFFICIAL), put("/api/enterprises/{uscc}/profile", uscc)).content(profile("310115")))
                    .andExpect(status().isOk());
        }

        @Test
        void an_enterprise_cannot_change_another_ones_profile() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(enterprise(newUscc()), put("/api/enterprises/{uscc}/profile", uscc)).content(profile("310115")))
                    .andExpect(status().isForbidden());
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK", "AUDITOR"})
        void other_roles_cannot_change_a_profile(Role role) throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(role), put("/api/enterprises/{uscc}/profile", uscc)).content(profile("310115")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_unregistered_enterprise_is_a_404() throws Exception {
            Uscc uscc = newUscc();

            http.perform(as(token(Role.OFFICIAL), put("/api/enterprises/{uscc}/profile", uscc)).content(profile("310115")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("enterprise.not-found"))
                    .andExpect(jsonPath("$.detail").value(containsString(uscc.value())));
        }

        @Test
        void a_wrong_uscc_in_the_path_is_a_400_naming_it() throws Exception {
            http.perform(as(token(Role.OFFICIAL), put("/api/enterprises/{uscc}/profile", "91350100M000100Y4")).content(profile("310115")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("uscc"))
                    .andExpect(jsonPath("$.code").value("uscc.length"));
        }
    }

    @Nested
    class RecordingEnergyAudits {

        @Test
        void an_enterprise_records_its_own_audit() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(enterprise(uscc), post("/api/enterprises/{uscc}/energy-audits", uscc)).content(audit("2025-01-10", "EA-1")))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Position"));
        }

        @Test
        void an_official_records_an_audit_and_the_same_report_twice_is_a_conflict() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises/{uscc}/energy-audits", uscc)).content(audit("2025-01-10", "EA-1")))
                    .andExpect(status().isOk());
            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises/{uscc}/energy-audits", uscc)).content(audit("2025-01-10", "EA-1")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("enterprise.audit-already-recorded"));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK", "AUDITOR"})
        void other_roles_cannot_record_an_audit(Role role) throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(role), post("/api/enterprises/{uscc}/energy-audits", uscc)).content(audit("2025-01-10", "EA-1")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_enterprise_cannot_record_another_ones_audit() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(enterprise(newUscc()), post("/api/enterprises/{uscc}/energy-audits", uscc)).content(audit("2025-01-10", "EA-1")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_audit_dated_in_the_future_is_a_400_naming_the_date() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(enterprise(uscc), post("/api/enterprises/{uscc}/energy-audits", uscc)).content(audit("2999-01-01", "EA-1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("auditedOn"))
                    .andExpect(jsonPath("$.code").value("enterprise.audit-date-in-future"));
        }

        @Test
        void a_date_that_is_not_a_date_is_a_400_naming_it() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(enterprise(uscc), post("/api/enterprises/{uscc}/energy-audits", uscc)).content(audit("10/01/2025", "EA-1")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("auditedOn"))
                    .andExpect(jsonPath("$.code").value("request.date-format"));
        }
    }

    @Nested
    class KeepingTheDishonestyList {

        @Test
        void an_official_flags_and_clears_and_neither_twice() throws Exception {
            Uscc uscc = registeredEnterprise();
            String flag = dishonesty("虚报节能量", "沪经信〔2025〕12号");
            String clearance = dishonesty("信用修复完成", "沪经信〔2025〕30号");

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises/{uscc}/dishonesty", uscc)).content(flag))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Position"));
            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises/{uscc}/dishonesty", uscc)).content(flag))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("enterprise.already-flagged"));
            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises/{uscc}/dishonesty/clearance", uscc)).content(clearance))
                    .andExpect(status().isOk());
            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises/{uscc}/dishonesty/clearance", uscc)).content(clearance))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("enterprise.not-flagged"));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK", "AUDITOR"})
        void other_roles_cannot_flag(Role role) throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(role), post("/api/enterprises/{uscc}/dishonesty", uscc)).content(dishonesty("x", "y")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_enterprise_cannot_flag_or_clear_even_itself() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(enterprise(uscc), post("/api/enterprises/{uscc}/dishonesty", uscc)).content(dishonesty("x", "y")))
                    .andExpect(status().isForbidden());
            http.perform(as(enterprise(uscc), post("/api/enterprises/{uscc}/dishonesty/clearance", uscc)).content(dishonesty("x", "y")))
                    .andExpect(status().isForbidden());
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"EXPERT", "BANK", "AUDITOR"})
        void other_roles_cannot_clear(Role role) throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(role), post("/api/enterprises/{uscc}/dishonesty/clearance", uscc)).content(dishonesty("x", "y")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void a_flag_without_a_reason_is_a_400_naming_it() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(token(Role.OFFICIAL), post("/api/enterprises/{uscc}/dishonesty", uscc)).content("{\"sourceReference\": \"y\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
        }
    }

    private Uscc registeredEnterprise() throws Exception {
        Uscc uscc = newUscc();
        http.perform(as(token(Role.OFFICIAL), post("/api/enterprises")).content(registration(uscc)))
                .andExpect(status().isCreated());
        return uscc;
    }

    /** A valid USCC of its own for every test, in Baoshan, numbered. */
    static Uscc newUscc() {
        String body = String.format("%08d", ENTERPRISES.incrementAndGet());
        String first17 = "91310113" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }

    static String registration(Uscc uscc) {
        return """
                {"uscc": "%s", "name": "上海宝山示范钢铁有限公司", "divisionCode": "310113", "industryCode": "C3110", "keyEnergyUser": true}"""
                .formatted(uscc);
    }

    static String profile(String divisionCode) {
        return """
                {"name": "上海宝山示范钢铁有限公司", "divisionCode": "%s", "industryCode": "C3110", "keyEnergyUser": true}"""
                .formatted(divisionCode);
    }

    static String audit(String auditedOn, String report) {
        return "{\"auditedOn\": \"%s\", \"reportReference\": \"%s\"}".formatted(auditedOn, report);
    }

    static String dishonesty(String reason, String source) {
        return "{\"reason\": \"%s\", \"sourceReference\": \"%s\"}".formatted(reason, source);
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String token(Role role) {
        return DevTokens.issue(KEY, role, role.name().toLowerCase() + "-test", Duration.ofMinutes(5), Instant.now());
    }

    static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-command-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
