package org.greenledger.query.greenfinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.greenfinance.ConsentExpired;
import org.greenledger.contracts.greenfinance.ConsentGranted;
import org.greenledger.contracts.greenfinance.ConsentRevoked;
import org.greenledger.contracts.greenfinance.CreditRequested;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.devtools.DevTokens;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.ConsentId;
import org.greenledger.kernel.greenfinance.ConsentScope;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A bank's reads of an enterprise's green record, role by role and consent state by consent state
 * (none, live, past its last day, expired, revoked, another bank's), each read recorded, none answered
 * from a stale view of the consent; and credit requests, which a bank sees only when addressed to it.
 */
@SpringBootTest(properties = "greenledger.query.max-wait=1s")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BankAccessHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc CHEMICALS = Uscc.of("9131000013221158XC");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final Instant EARLIER = Instant.now().minus(Duration.ofDays(20));
    static final ConsentId LIVE = ConsentId.of("10000000-0000-4000-8000-000000000001");
    static final ConsentId PAST_LAST_DAY = ConsentId.of("10000000-0000-4000-8000-000000000002");
    static final ConsentId EXPIRED = ConsentId.of("10000000-0000-4000-8000-000000000003");
    static final ConsentId REVOKED = ConsentId.of("10000000-0000-4000-8000-000000000004");
    static final ConsentId TO_BE_REVOKED = ConsentId.of("10000000-0000-4000-8000-000000000005");
    static final ConsentId FUTURE = ConsentId.of("10000000-0000-4000-8000-000000000006");
    static final ConsentId FOR_CHECKS = ConsentId.of("10000000-0000-4000-8000-000000000007");
    static final CreditRequestId TO_ICBC = CreditRequestId.of("20000000-0000-4000-8000-000000000001");
    static final CreditRequestId TO_CCB = CreditRequestId.of("20000000-0000-4000-8000-000000000002");
    static final MetaData STEEL_ACTOR = MetaData.with(MetaDataKeys.SUBJECT, STEEL.value()).and(MetaDataKeys.ROLE, "ENTERPRISE");
    static final MetaData OFFICIAL = MetaData.with(MetaDataKeys.SUBJECT, "official-1").and(MetaDataKeys.ROLE, "OFFICIAL");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ObjectMapper json;

    long lastPosition;
    final Map<String, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/bank-access-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void theRecord() {
        publish("Enterprise", STEEL.value(), new EnterpriseRegistered(STEEL, "宝山钢铁示范厂", DivisionCode.of("310113"),
                IndustryCode.of("C3110"), false, EARLIER), OFFICIAL);
        publish("Enterprise", STEEL.value(), new DishonestyFlagged(STEEL, "逾期未履行", "SH-2026-1", EARLIER), OFFICIAL);
        EntryId entry = EntryId.of("30000000-0000-4000-8000-000000000001");
        publish("ListEntry", entry.value(), new EntryNominated(entry, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL,
                BatchName.of("2025-1"), STEEL, "宝山钢铁示范厂", DivisionCode.of("310113"), ListedUnit.enterprise(),
                EARLIER), OFFICIAL);
        publish("ListEntry", entry.value(), new EntryListed(entry, ListLevel.MUNICIPAL, LocalDate.of(2025, 6, 1), "沪经信节〔2025〕1号",
                EARLIER), OFFICIAL);
        Set<ConsentScope> listAndFlag = Set.of(ConsentScope.GREEN_LIST_STATUS, ConsentScope.DISHONESTY_FLAG);
        grant(LIVE, "icbc-sh", listAndFlag, TODAY.minusDays(5), TODAY.plusMonths(6));
        grant(PAST_LAST_DAY, "boc-sh", listAndFlag, TODAY.minusDays(5), TODAY.minusDays(1));
        grant(EXPIRED, "abc-sh", listAndFlag, TODAY.minusDays(30), TODAY.minusDays(2));
        publish("Consent", EXPIRED.value(), new ConsentExpired(EXPIRED, TODAY.minusDays(2), EARLIER), STEEL_ACTOR);
        grant(REVOKED, "ccb-sh", listAndFlag, TODAY.minusDays(5), TODAY.plusMonths(6));
        publish("Consent", REVOKED.value(), new ConsentRevoked(REVOKED, "不再需要", EARLIER), STEEL_ACTOR);
        grant(TO_BE_REVOKED, "spdb-sh", Set.of(ConsentScope.GREEN_LIST_STATUS), TODAY.minusDays(5), TODAY.plusMonths(6));
        grant(FUTURE, "cmb-sh", listAndFlag, TODAY.plusDays(3), TODAY.plusMonths(6));
        grant(FOR_CHECKS, "bocom-sh", EligibilityController.READS, TODAY, TODAY.plusMonths(6));
        publish("CreditRequest", TO_ICBC.value(), new CreditRequested(TO_ICBC, STEEL, BankId.of("icbc-sh"),
                Money.ofYuan("8000000.00"), "高炉余热回收", "1.2", "GFSP-2025", null, EARLIER), STEEL_ACTOR);
        publish("CreditRequest", TO_CCB.value(), new CreditRequested(TO_CCB, STEEL, BankId.of("ccb-sh"),
                Money.ofYuan("1000000.00"), "光伏屋顶", "4.2", "GFSP-2025", null, EARLIER.plusSeconds(60)), STEEL_ACTOR);
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Test
    void a_bank_with_live_consent_reads_only_the_scopes_it_was_given() throws Exception {
        http.perform(as(bank("icbc-sh"), recordOf(STEEL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consentId").value(LIVE.value()))
                .andExpect(jsonPath("$.greenList[0].category").value("GREEN_FACTORY"))
                .andExpect(jsonPath("$.greenList[0].status").value("LISTED"))
                .andExpect(jsonPath("$.dishonesty.dishonest").value(true))
                .andExpect(jsonPath("$.subsidies").doesNotExist())
                .andExpect(jsonPath("$.energyAudits").doesNotExist())
                .andExpect(jsonPath("$.creditRequests").doesNotExist());
    }

    @Test
    void without_a_live_consent_for_today_a_bank_is_refused_and_nothing_is_recorded() throws Exception {
        int before = looksAt(STEEL);
        for (String bank : new String[]{"boc-sh", "abc-sh", "ccb-sh", "cmb-sh", "hsbc-sh"}) {
            http.perform(as(bank(bank), recordOf(STEEL)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("greenfinance.no-live-consent"));
        }
        http.perform(as(bank("icbc-sh"), recordOf(CHEMICALS)))
                .andExpect(status().isForbidden());
        assertThat(looksAt(STEEL)).isEqualTo(before);
    }

    @Test
    void only_banks_and_auditors_read_green_records_and_an_auditor_reads_all_of_it() throws Exception {
        for (Role role : new Role[]{Role.OFFICIAL, Role.EXPERT}) {
            http.perform(as(token(role), recordOf(STEEL))).andExpect(status().isForbidden());
        }
        http.perform(as(enterprise(STEEL), recordOf(STEEL))).andExpect(status().isForbidden());
        http.perform(as(token(Role.AUDITOR), recordOf(STEEL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consentId").doesNotExist())
                .andExpect(jsonPath("$.creditRequests", hasSize(2)))
                .andExpect(jsonPath("$.subsidies", hasSize(0)));
        http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/enterprises/not-a-uscc/green-record")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("uscc"));
    }

    @Test
    void every_look_is_recorded_and_the_enterprise_sees_who_looked() throws Exception {
        JsonNode read = body(http.perform(as(bank("icbc-sh"), recordOf(STEEL))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        long look = read.get("lookPosition").asLong();
        long auditorLook = body(http.perform(as(token(Role.AUDITOR), recordOf(STEEL))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("lookPosition").asLong();

        String looks = http.perform(as(enterprise(STEEL), get("/api/greenfinance/looks"), auditorLook))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode lines = body(looks);
        assertThat(lines.findValuesAsText("role")).contains("BANK", "AUDITOR");
        JsonNode bankLook = null;
        for (JsonNode line : lines) {
            if (line.get("position").asLong() == look) {
                bankLook = line;
            }
        }
        assertThat(bankLook).isNotNull();
        assertThat(bankLook.get("bank").asText()).isEqualTo("icbc-sh");
        assertThat(bankLook.get("consentId").asText()).isEqualTo(LIVE.value());
        assertThat(bankLook.get("look").asText()).isEqualTo("GreenRecordRead");
        assertThat(bankLook.get("scopes").toString()).contains("GREEN_LIST_STATUS", "DISHONESTY_FLAG");

        http.perform(as(enterprise(STEEL), get("/api/greenfinance/consents"), look))
                .andExpect(jsonPath("$[?(@.consentId == '" + LIVE.value() + "')].looks[*].position").value(
                        org.hamcrest.Matchers.hasItem((int) look)));
        http.perform(as(enterprise(CHEMICALS), get("/api/greenfinance/looks").param("enterprise", STEEL.value())))
                .andExpect(status().isForbidden());
        http.perform(as(bank("ccb-sh"), get("/api/greenfinance/looks"), look))
                .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
        http.perform(as(token(Role.OFFICIAL), get("/api/greenfinance/looks").param("enterprise", STEEL.value())))
                .andExpect(status().isForbidden());
        http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/looks").param("enterprise", "not-a-uscc")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("enterprise"));
    }

    @Test
    void a_read_after_a_revocation_never_answers_from_the_stale_consent_even_when_the_projection_is_behind()
            throws Exception {
        http.perform(as(bank("spdb-sh"), recordOf(STEEL))).andExpect(status().isOk());
        EventProcessor consents = processing.eventProcessor(ConsentProjection.PROCESSING_GROUP).orElseThrow();
        consents.shutDown();
        try {
            publish("Consent", TO_BE_REVOKED.value(), new ConsentRevoked(TO_BE_REVOKED, "撤回授权", Instant.now()),
                    STEEL_ACTOR);
            http.perform(as(bank("spdb-sh"), recordOf(STEEL)))
                    .andExpect(status().isServiceUnavailable());
        } finally {
            consents.start();
        }
        http.perform(as(bank("spdb-sh"), recordOf(STEEL)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("REVOKED")));
    }

    @Test
    void a_bank_sees_only_the_credit_requests_addressed_to_it() throws Exception {
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/credit-requests")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].creditRequestId", contains(TO_ICBC.value())))
                .andExpect(jsonPath("$[0].catalogueVersion").value("GFSP-2025"))
                .andExpect(jsonPath("$[0].amount").value("8000000.00"));
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/credit-requests/" + TO_CCB.value())))
                .andExpect(status().isNotFound());
        http.perform(as(bank("icbc-sh"), get("/api/greenfinance/credit-requests").param("bank", "ccb-sh")))
                .andExpect(status().isForbidden());
        http.perform(as(enterprise(STEEL), get("/api/greenfinance/credit-requests")))
                .andExpect(jsonPath("$[*].creditRequestId", contains(TO_CCB.value(), TO_ICBC.value())));
        http.perform(as(enterprise(CHEMICALS), get("/api/greenfinance/credit-requests/" + TO_ICBC.value())))
                .andExpect(status().isNotFound());
        http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/credit-requests").param("bank", "ccb-sh")))
                .andExpect(jsonPath("$[*].creditRequestId", contains(TO_CCB.value())));
        http.perform(as(token(Role.OFFICIAL), get("/api/greenfinance/credit-requests").param("bank", "ccb-sh")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_eligibility_check_answers_each_criterion_and_carries_an_attestation_the_bank_verifies_offline()
            throws Exception {
        JsonNode check = body(http.perform(as(bank("bocom-sh"), checkOf(STEEL).param("category", "1.2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.catalogueVersion").value("GFSP-2025"))
                .andExpect(jsonPath("$.policy").value("green-credit-v1"))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.criteria[?(@.criterion == 'ON_GREEN_LIST')].met").value(contains(true)))
                .andExpect(jsonPath("$.criteria[?(@.criterion == 'NOT_DISHONEST')].met").value(contains(false)))
                .andExpect(jsonPath("$.criteria[?(@.criterion == 'CATEGORY_IN_CATALOGUE')].reason").value(
                        contains(org.hamcrest.Matchers.containsString("工业节能降碳改造"))))
                .andReturn().getResponse().getContentAsString());
        String jws = check.at("/attestation/jws").asText();
        String keys = http.perform(get("/api/greenfinance/attestation-keys")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        org.jose4j.jwt.JwtClaims claims = BankVerifier.verify(jws, keys, "bocom-sh", Instant.now());
        assertThat(claims.getSubject()).isEqualTo(STEEL.value());
        assertThat(claims.getJwtId()).isEqualTo("urn:uuid:" + check.at("/attestation/id").asText());
        Map<String, Object> subject = claims.getClaimValue("credentialSubject", Map.class);
        assertThat(subject).containsEntry("eligible", false).containsEntry("catalogueVersion", "GFSP-2025")
                .containsEntry("position", check.get("position").asLong());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BankVerifier.verify(jws, keys, "icbc-sh", Instant.now()))
                .isInstanceOf(org.jose4j.jwt.consumer.InvalidJwtException.class);

        String looks = http.perform(as(enterprise(STEEL), get("/api/greenfinance/looks"), check.get("lookPosition").asLong()))
                .andReturn().getResponse().getContentAsString();
        assertThat(looks).contains(check.at("/attestation/id").asText()).contains("EligibilityChecked");
    }

    @Test
    void a_check_needs_a_category_and_a_consent_covering_what_it_reads() throws Exception {
        http.perform(as(bank("bocom-sh"), checkOf(STEEL)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        http.perform(as(bank("icbc-sh"), checkOf(STEEL).param("category", "1.2")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("greenfinance.scope-not-consented"));
        http.perform(as(bank("hsbc-sh"), checkOf(STEEL).param("category", "1.2")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("greenfinance.no-live-consent"));
        http.perform(as(token(Role.AUDITOR), checkOf(STEEL).param("category", "1.2")))
                .andExpect(status().isForbidden());
        http.perform(as(enterprise(STEEL), checkOf(STEEL).param("category", "1.2")))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder checkOf(Uscc enterprise) {
        return get("/api/greenfinance/enterprises/" + enterprise.value() + "/eligibility");
    }

    /** Every look recorded so far, the other tests' included: the read waits for the store's head. */
    private int looksAt(Uscc enterprise) throws Exception {
        long head = events.createHeadToken().position().orElse(0);
        return body(http.perform(as(token(Role.AUDITOR), get("/api/greenfinance/looks").param("enterprise", enterprise.value()),
                        head))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).size();
    }

    private JsonNode body(String text) throws IOException {
        return json.readTree(text);
    }

    private void grant(ConsentId id, String bank, Set<ConsentScope> scopes, LocalDate from, LocalDate until) {
        publish("Consent", id.value(), new ConsentGranted(id, STEEL, BankId.of(bank), scopes, from, until, "授信审查", EARLIER),
                STEEL_ACTOR);
    }

    private void publish(String type, String id, Object event, MetaData metaData) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        AppendedPositions.clear();
        events.publish(new GenericDomainEventMessage<>(type, id, sequence, event, metaData));
        lastPosition = AppendedPositions.last().orElseThrow();
    }

    private static MockHttpServletRequestBuilder recordOf(Uscc enterprise) {
        return get("/api/greenfinance/enterprises/" + enterprise.value() + "/green-record");
    }

    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return as(token, request, lastPosition);
    }

    /** A second X-Min-Position header would be ignored (the first one counts), so there is one, this one. */
    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request, long minPosition) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header("X-Min-Position", Long.toString(minPosition));
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String bank(String id) {
        return DevTokens.issue(KEY, Role.BANK, id, Duration.ofMinutes(5), Instant.now());
    }

    static String token(Role role) {
        return DevTokens.issue(KEY, role, role.name().toLowerCase() + "-test", Duration.ofMinutes(5), Instant.now());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-bank-access-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
