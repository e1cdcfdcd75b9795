package org.greenledger.command.greenlist;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.greenledger.devtools.DevTokens;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The green list's command API over HTTP, against the in-memory store, with tokens of every role. */
@SpringBootTest
@AutoConfigureMockMvc
class GreenlistHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    private static final AtomicInteger ENTERPRISES = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/greenlist-http-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Nested
    class Nominating {

        @Test
        void an_official_nominates_a_registered_enterprise_and_learns_where_and_at_which_position() throws Exception {
            Uscc uscc = registeredEnterprise();

            String answer = http.perform(as(official(), post("/api/greenlist/entries")).content(factory(uscc, "2026-1")))
                    .andExpect(status().isCreated())
                    .andExpect(header().exists("X-Position"))
                    .andExpect(jsonPath("$.position").isNumber())
                    .andReturn().getResponse().getContentAsString();
            String id = JsonPath.read(answer, "$.entryId");

            http.perform(as(official(), post("/api/greenlist/entries")).content(factory(uscc, "2026-2")))
                    .andExpect(status().isCreated())
                    .andExpect(header().string(HttpHeaders.LOCATION, startsWith("/api/greenlist/entries/")))
                    .andExpect(jsonPath("$.entryId").value(not(id)));
        }

        @Test
        void nominating_the_same_unit_in_the_same_batch_again_is_a_conflict_naming_the_entry() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = nominated(uscc);

            http.perform(as(official(), post("/api/greenlist/entries")).content(factory(uscc, "2026-1")))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("greenlist.already-nominated"))
                    .andExpect(jsonPath("$.detail").value(containsString(id)));
        }

        @Test
        void a_retried_nomination_with_its_idempotency_key_gets_the_first_answer_again() throws Exception {
            Uscc uscc = registeredEnterprise();
            String first = http.perform(as(official(), post("/api/greenlist/entries")).header("Idempotency-Key", "nominate-" + uscc)
                            .content(factory(uscc, "2026-1")))
                    .andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();

            http.perform(as(official(), post("/api/greenlist/entries")).header("Idempotency-Key", "nominate-" + uscc)
                            .content(factory(uscc, "2026-1")))
                    .andExpect(status().isCreated())
                    .andExpect(content().json(first, true));
        }

        @Test
        void a_product_and_a_park_name_their_unit() throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(official(), post("/api/greenlist/entries")).content("""
                            {"category": "GREEN_DESIGN_PRODUCT", "level": "NATIONAL", "batch": "2026-1", "uscc": "%s",
                             "productName": "热轧钢板", "productModel": "Q355B"}""".formatted(uscc)))
                    .andExpect(status().isCreated());
            http.perform(as(official(), post("/api/greenlist/entries")).content("""
                            {"category": "ZERO_CARBON_PARK", "level": "MUNICIPAL", "batch": "2026-1", "uscc": "%s",
                             "parkName": "宝山城市工业园区", "parkAreaKm2": 12.5}""".formatted(uscc)))
                    .andExpect(status().isCreated());
        }

        @Test
        void an_unregistered_enterprise_is_refused_with_422() throws Exception {
            http.perform(as(official(), post("/api/greenlist/entries")).content(factory(newUscc(), "2026-1")))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("greenlist.enterprise-not-registered"));
        }

        @ParameterizedTest
        @MethodSource("org.greenledger.command.greenlist.GreenlistHttpTest#badNominations")
        void a_bad_nomination_is_a_400_naming_the_field(String body, String field) throws Exception {
            Uscc uscc = registeredEnterprise();

            http.perform(as(official(), post("/api/greenlist/entries")).content(body.replace("USCC", uscc.value())))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.errors[0].field").value(field));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"ENTERPRISE", "EXPERT", "BANK", "AUDITOR"})
        void only_officials_nominate(Role role) throws Exception {
            Uscc uscc = registeredEnterprise();
            String token = role == Role.ENTERPRISE ? enterprise(uscc) : token(role);

            http.perform(as(token, post("/api/greenlist/entries")).content(factory(uscc, "2026-1")))
                    .andExpect(status().isForbidden());
        }

        @Test
        void without_a_token_nobody_nominates() throws Exception {
            http.perform(post("/api/greenlist/entries").contentType(MediaType.APPLICATION_JSON).content(factory(newUscc(), "2026-1")))
                    .andExpect(status().isUnauthorized());
        }
    }

    static Stream<Arguments> badNominations() {
        return Stream.of(
                Arguments.of("{\"category\": \"GREEN_HOTEL\", \"level\": \"MUNICIPAL\", \"batch\": \"2026-1\", \"uscc\": \"USCC\"}", "category"),
                Arguments.of("{\"category\": \"GREEN_FACTORY\", \"level\": \"PROVINCIAL\", \"batch\": \"2026-1\", \"uscc\": \"USCC\"}", "level"),
                Arguments.of("{\"category\": \"GREEN_FACTORY\", \"level\": \"MUNICIPAL\", \"batch\": \"2026-01\", \"uscc\": \"USCC\"}", "batch"),
                Arguments.of("{\"category\": \"GREEN_FACTORY\", \"level\": \"MUNICIPAL\", \"batch\": \"2026-1\", \"uscc\": \"91310113MA1FL4G932\"}", "uscc"),
                Arguments.of("{\"category\": \"GREEN_FACTORY\", \"level\": \"MUNICIPAL\", \"batch\": \"2026-1\", \"uscc\": \"USCC\", \"productName\": \"钢板\"}", "productName"),
                Arguments.of("{\"category\": \"GREEN_DESIGN_PRODUCT\", \"level\": \"MUNICIPAL\", \"batch\": \"2026-1\", \"uscc\": \"USCC\", \"productName\": \"钢板\"}", "productModel"),
                Arguments.of("{\"category\": \"GREEN_PARK\", \"level\": \"MUNICIPAL\", \"batch\": \"2026-1\", \"uscc\": \"USCC\", \"parkName\": \"园区\", \"parkAreaKm2\": 0}", "parkAreaKm2"),
                Arguments.of("{\"category\": \"GREEN_FACTORY\", \"level\": \"MUNICIPAL\", \"batch\": \"2026-1\", \"uscc\": \"USCC\", \"site\": \"x\"}", "site"));
    }

    @Nested
    class KeepingAnEntry {

        @Test
        void an_entry_goes_from_nomination_through_upkeep_and_review_to_a_back_dated_removal_and_its_correction() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(3));
            int lastYear = TODAY.getYear() - 1;

            ok(as(enterprise(uscc), post(entry(id, "declarations"))).content(declaration(lastYear)));
            ok(as(official(), post(entry(id, "missed-declarations"))).content("{\"year\": " + (lastYear - 1) + "}"));
            ok(as(official(), post(entry(id, "reviews"))).content("""
                    {"outcome": "PASSED", "reviewedOn": "%s", "reference": "FH-1"}""".formatted(TODAY.minusDays(30))));
            ok(as(official(), post(entry(id, "reviews"))).content("""
                    {"outcome": "RECTIFICATION_REQUIRED", "reviewedOn": "%s", "findings": "固废利用率不足", "deadline": "%s"}"""
                    .formatted(TODAY.minusDays(10), TODAY.minusDays(1))));
            ok(as(official(), post(entry(id, "rectification/missed"))));
            ok(as(official(), post(entry(id, "removal"))).content(removal("MISSED_RECTIFICATION", TODAY.minusDays(1))));
            ok(as(official(), post(entry(id, "removal-date-corrections"))).content(correction(TODAY.minusDays(5))));

            http.perform(as(official(), post(entry(id, "removal"))).content(removal("FALSIFIED_DATA", TODAY)))
                    .andExpect(status().isConflict())
                    .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE))
                    .andExpect(jsonPath("$.code").value("greenlist.illegal-transition"))
                    .andExpect(jsonPath("$.detail").value(containsString("is REMOVED")));
        }

        @Test
        void a_municipal_entry_is_upgraded_once_and_its_listing_date_corrected_and_a_rectification_confirmed() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(1));

            ok(as(official(), post(entry(id, "upgrade"))).content("""
                    {"effectiveFrom": "%s", "decisionReference": "工信部节函〔2026〕7号"}""".formatted(TODAY)));
            http.perform(as(official(), post(entry(id, "upgrade"))).content("""
                            {"effectiveFrom": "%s", "decisionReference": "工信部节函〔2026〕8号"}""".formatted(TODAY)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("greenlist.already-national"));
            ok(as(official(), post(entry(id, "listing-date-corrections"))).content(correction(TODAY.minusYears(1).plusDays(3))));
            ok(as(official(), post(entry(id, "reviews"))).content("""
                    {"outcome": "RECTIFICATION_REQUIRED", "reviewedOn": "%s", "findings": "能耗台账不全", "deadline": "%s"}"""
                    .formatted(TODAY, TODAY.plusDays(60))));
            ok(as(official(), post(entry(id, "rectification/confirmation"))).content("""
                    {"confirmedOn": "%s", "reference": "ZG-1"}""".formatted(TODAY)));
        }

        @Test
        void a_nomination_is_declined_with_reasons_and_then_cannot_be_listed() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = nominated(uscc);

            ok(as(official(), post(entry(id, "declination"))).content("{\"reasons\": [\"能耗指标未达标\"]}"));
            http.perform(as(official(), post(entry(id, "listing"))).content(listing(TODAY)))
                    .andExpect(status().isConflict());
        }

        @Test
        void a_rectification_not_yet_due_cannot_be_missed() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(1));
            ok(as(official(), post(entry(id, "reviews"))).content("""
                    {"outcome": "RECTIFICATION_REQUIRED", "reviewedOn": "%s", "findings": "x", "deadline": "%s"}"""
                    .formatted(TODAY, TODAY.plusDays(30))));

            http.perform(as(official(), post(entry(id, "rectification/missed"))))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("greenlist.rectification-not-yet-due"));
        }

        @Test
        void a_review_with_fields_of_the_other_outcome_is_a_400() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(1));

            http.perform(as(official(), post(entry(id, "reviews"))).content("""
                            {"outcome": "PASSED", "reviewedOn": "%s", "reference": "FH-1", "deadline": "%s"}"""
                            .formatted(TODAY, TODAY.plusDays(30))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("deadline"));
        }

        @Test
        void a_removal_before_the_listing_is_a_400_naming_the_date() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(1));

            http.perform(as(official(), post(entry(id, "removal"))).content(removal("FALSIFIED_DATA", TODAY.minusYears(2))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("effectiveFrom"))
                    .andExpect(jsonPath("$.code").value("greenlist.date-before-listing"));
        }

        @ParameterizedTest
        @MethodSource("org.greenledger.command.greenlist.GreenlistHttpTest#officialCommands")
        void only_officials_keep_the_list(String path, String body) throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(1));

            for (String token : new String[] {enterprise(uscc), token(Role.EXPERT), token(Role.BANK), token(Role.AUDITOR)}) {
                http.perform(as(token, post(entry(id, path))).content(body))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.code").value("security.role-not-allowed"));
            }
        }

        @Test
        void an_unknown_entry_is_a_404_and_a_malformed_id_a_400() throws Exception {
            http.perform(as(official(), post(entry("00000000-0000-3000-8000-000000000000", "listing"))).content(listing(TODAY)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("greenlist.entry-not-found"));
            http.perform(as(official(), post(entry("entry-17", "listing"))).content(listing(TODAY)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("entryId"));
        }
    }

    static Stream<Arguments> officialCommands() {
        String date = TODAY.toString();
        return Stream.of(
                Arguments.of("evaluation", "{\"score\": 80, \"evaluator\": \"x\", \"reportReference\": \"y\"}"),
                Arguments.of("listing", listing(TODAY)),
                Arguments.of("declination", "{\"reasons\": [\"x\"]}"),
                Arguments.of("missed-declarations", "{\"year\": 2025}"),
                Arguments.of("reviews", "{\"outcome\": \"PASSED\", \"reviewedOn\": \"" + date + "\", \"reference\": \"x\"}"),
                Arguments.of("rectification/confirmation", "{\"confirmedOn\": \"" + date + "\", \"reference\": \"x\"}"),
                Arguments.of("rectification/missed", "{}"),
                Arguments.of("removal", removal("VOLUNTARY_WITHDRAWAL", TODAY)),
                Arguments.of("upgrade", "{\"effectiveFrom\": \"" + date + "\", \"decisionReference\": \"x\"}"),
                Arguments.of("listing-date-corrections", correction(TODAY)),
                Arguments.of("removal-date-corrections", correction(TODAY)));
    }

    @Nested
    class Declaring {

        @Test
        void another_enterprise_cannot_declare_for_the_entry() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(2));

            http.perform(as(enterprise(registeredEnterprise()), post(entry(id, "declarations"))).content(declaration(TODAY.getYear() - 1)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("greenlist.not-own-entry"));
        }

        @ParameterizedTest
        @EnumSource(value = Role.class, names = {"OFFICIAL", "EXPERT", "BANK", "AUDITOR"})
        void only_the_enterprise_declares(Role role) throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(2));

            http.perform(as(token(role), post(entry(id, "declarations"))).content(declaration(TODAY.getYear() - 1)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("security.role-not-allowed"));
        }

        @Test
        void the_same_year_twice_is_a_conflict_and_this_year_is_refused() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(2));

            ok(as(enterprise(uscc), post(entry(id, "declarations"))).content(declaration(TODAY.getYear() - 1)));
            http.perform(as(enterprise(uscc), post(entry(id, "declarations"))).content(declaration(TODAY.getYear() - 1)))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("greenlist.declaration-already-filed"));
            http.perform(as(enterprise(uscc), post(entry(id, "declarations"))).content(declaration(TODAY.getYear())))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("greenlist.year-not-over"));
        }

        @Test
        void a_rate_above_100_percent_is_a_400_naming_the_field() throws Exception {
            Uscc uscc = registeredEnterprise();
            String id = listedEntry(uscc, TODAY.minusYears(2));

            http.perform(as(enterprise(uscc), post(entry(id, "declarations")))
                            .content(declaration(TODAY.getYear() - 1).replace("96.5", "100.5")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("solidWasteUtilisationPercent"));
        }
    }

    private void ok(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions result = http.perform(request);
        result.andExpect(status().isOk()).andExpect(header().exists("X-Position"));
    }

    private String nominated(Uscc uscc) throws Exception {
        String answer = http.perform(as(official(), post("/api/greenlist/entries")).content(factory(uscc, "2026-1")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.entryId");
    }

    private String listedEntry(Uscc uscc, LocalDate from) throws Exception {
        String id = nominated(uscc);
        ok(as(official(), post(entry(id, "evaluation"))).content(
                "{\"score\": 86.5, \"evaluator\": \"上海市节能监察中心\", \"reportReference\": \"EV-1\"}"));
        ok(as(official(), post(entry(id, "listing"))).content(listing(from)));
        return id;
    }

    private Uscc registeredEnterprise() throws Exception {
        Uscc uscc = newUscc();
        http.perform(as(official(), post("/api/enterprises")).content("""
                        {"uscc": "%s", "name": "上海宝山示范钢铁有限公司", "divisionCode": "310113", "industryCode": "C3110",
                         "keyEnergyUser": true}""".formatted(uscc)))
                .andExpect(status().isCreated());
        return uscc;
    }

    /** A valid USCC of its own for every test, in Baoshan, numbered apart from other tests' codes. */
    static Uscc newUscc() {
        String body = String.format("7%07d", ENTERPRISES.incrementAndGet());
        String first17 = "91310113" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }

    static String entry(String id, String action) {
        return "/api/greenlist/entries/" + id + "/" + action;
    }

    static String factory(Uscc uscc, String batch) {
        return """
                {"category": "GREEN_FACTORY", "level": "MUNICIPAL", "batch": "%s", "uscc": "%s"}""".formatted(batch, uscc);
    }

    static String listing(LocalDate from) {
        return "{\"effectiveFrom\": \"%s\", \"decisionReference\": \"沪经信节〔2024〕88号\"}".formatted(from);
    }

    static String declaration(int year) {
        return """
                {"year": %d, "energyUseTce": 12500.5, "outputValueYuan": 880000000, "waterM3": 350000,
                 "solidWasteUtilisationPercent": 96.5}""".formatted(year);
    }

    static String removal(String reason, LocalDate from) {
        return """
                {"reason": "%s", "explanation": "整改期满未完成", "effectiveFrom": "%s", "decisionReference": "沪经信节〔2026〕31号"}"""
                .formatted(reason, from);
    }

    static String correction(LocalDate to) {
        return "{\"correctedFrom\": \"%s\", \"reason\": \"日期核实\"}".formatted(to);
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String official() {
        return token(Role.OFFICIAL);
    }

    static String token(Role role) {
        return DevTokens.issue(KEY, role, role.name().toLowerCase() + "-test", Duration.ofMinutes(5), Instant.now());
    }

    static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-greenlist-command-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
