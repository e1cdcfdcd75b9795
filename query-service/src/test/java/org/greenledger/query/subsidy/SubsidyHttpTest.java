package org.greenledger.query.subsidy;

import static org.greenledger.query.subsidy.SubsidyHistory.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.subsidy.ApplicationAccepted;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationScored;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ExpertsAssigned;
import org.greenledger.contracts.subsidy.ReviewScore;
import org.greenledger.devtools.DevTokens;
import org.greenledger.eventstore.AppendedPositions;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.ProjectCategory;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
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
 * The subsidy read side over HTTP: the {@link SubsidyHistory} appended to the in-memory store, plus
 * a steel works' second application still in review with two of three scores in; the projection
 * picks them up and requests wait for it with {@code X-Min-Position}; tokens of every role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubsidyHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    static final ApplicationId IN_REVIEW = ApplicationId.of("4d3c2b1a-0f9e-4d8c-b7a6-958473625140");

    @Autowired
    MockMvc http;
    @Autowired
    EventStore events;

    long lastPosition;
    final Map<String, Long> sequences = new HashMap<>();

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/subsidy-query-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @BeforeAll
    void theHistoryAndOneApplicationInReview() {
        steps().forEach(step -> append(step.aggregateType(), step.aggregateId(), step.event(), step.metaData()));
        String id = IN_REVIEW.value();
        MetaData steel = by(STEEL.value(), "ENTERPRISE");
        append("Application", id, new ApplicationDrafted(IN_REVIEW, PROGRAMME, STEEL, PROJECT, at(10)), steel);
        append("Application", id, new ApplicationSubmitted(IN_REVIEW, PROGRAMME, STEEL, 2, at(10)), steel);
        append("Application", id, new ApplicationAccepted(IN_REVIEW, 2, FACTS, ELIGIBILITY, ProjectCategory.ENERGY_SAVING_RETROFIT, ELIGIBLE, at(11)), OFFICIAL);
        append("Application", id, new ExpertsAssigned(IN_REVIEW, List.of(WANG, LI, ZHAO), at(11)), OFFICIAL);
        for (var expert : List.of(WANG, LI)) {
            append("Application", id, new ApplicationScored(IN_REVIEW, expert, List.of(new ReviewScore("节能效果", 80)), "可行",
                    at(12)), by(expert.value(), "EXPERT"));
        }
    }

    @AfterAll
    void stopStore() {
        MONGO.shutdown();
    }

    @Nested
    class Programmes {

        @ParameterizedTest
        @EnumSource(Role.class)
        void every_role_reads_the_ledger_in_yuan(Role role) throws Exception {
            http.perform(as(tokenOf(role), get("/api/subsidy/programmes/" + PROGRAMME)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.programmeId").value(PROGRAMME.value()))
                    .andExpect(jsonPath("$.budget").value("50000000.00"))
                    .andExpect(jsonPath("$.reserved").value("2501000.00"))
                    .andExpect(jsonPath("$.remaining").value("47499000.00"))
                    .andExpect(jsonPath("$.ruleSets[*].version", contains(1, 2)))
                    .andExpect(jsonPath("$.ruleSets[0].amounts.ratePerTce").value("2000.00"))
                    .andExpect(jsonPath("$.ruleSets[0].amounts.investmentShare").value(30.0));
        }

        @Test
        void the_list_holds_it_and_an_unknown_programme_is_a_404() throws Exception {
            http.perform(as(tokenOf(Role.ENTERPRISE), get("/api/subsidy/programmes")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[0].title").value("2026年度节能技术改造专项"))
                    .andExpect(jsonPath("$.total").value(1));
            http.perform(as(tokenOf(Role.OFFICIAL), get("/api/subsidy/programmes/00000000-0000-4000-8000-000000000000")))
                    .andExpect(status().isNotFound());
        }
    }

    @Nested
    class Applications {

        @Test
        void an_enterprise_lists_and_reads_its_own_never_an_experts_scores() throws Exception {
            http.perform(as(enterprise(STEEL), get("/api/subsidy/applications")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(2))
                    .andExpect(jsonPath("$.items[*].applicant", everyItem(is(STEEL.value()))));
            http.perform(as(enterprise(STEEL), get("/api/subsidy/applications/" + STEEL_APPLICATION)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.summary.status").value("APPROVED"))
                    .andExpect(jsonPath("$.summary.amount").value("2501000.00"))
                    .andExpect(jsonPath("$.reviews").isEmpty())
                    .andExpect(jsonPath("$.timeline[0].event").value("ApplicationDrafted"));
        }

        @Test
        void an_enterprise_may_not_read_or_list_another_ones() throws Exception {
            http.perform(as(enterprise(CHEMICALS), get("/api/subsidy/applications/" + STEEL_APPLICATION)))
                    .andExpect(status().isForbidden());
            http.perform(as(enterprise(CHEMICALS), get("/api/subsidy/applications").param("applicant", STEEL.value())))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_expert_sees_only_their_own_score_until_the_decision_and_all_of_them_after() throws Exception {
            http.perform(as(expert(WANG.value()), get("/api/subsidy/applications/" + IN_REVIEW)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.reviews[*].expert", contains("expert-wang")));
            http.perform(as(expert(ZHAO.value()), get("/api/subsidy/applications/" + IN_REVIEW)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.reviews").isEmpty());
            http.perform(as(expert(ZHAO.value()), get("/api/subsidy/applications/" + CHEMICALS_APPLICATION)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.reviews[*].expert", contains("expert-wang", "expert-li", "expert-zhao")));
        }

        @Test
        void an_expert_lists_and_reads_only_what_is_assigned_to_them() throws Exception {
            http.perform(as(expert(WANG.value()), get("/api/subsidy/applications")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(3));
            http.perform(as(expert(OUTSIDER.value()), get("/api/subsidy/applications")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0));
            http.perform(as(expert(OUTSIDER.value()), get("/api/subsidy/applications/" + IN_REVIEW)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void officials_and_auditors_see_everything_and_filter_the_worklist() throws Exception {
            for (Role role : List.of(Role.OFFICIAL, Role.AUDITOR)) {
                http.perform(as(tokenOf(role), get("/api/subsidy/applications").param("programme", PROGRAMME.value())
                                .param("status", "UNDER_REVIEW")))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items[*].applicationId", contains(IN_REVIEW.value())));
                http.perform(as(tokenOf(role), get("/api/subsidy/applications/" + IN_REVIEW)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.reviews.length()").value(2));
            }
        }

        @Test
        void a_bank_reads_no_applications() throws Exception {
            http.perform(as(tokenOf(Role.BANK), get("/api/subsidy/applications")))
                    .andExpect(status().isForbidden());
            http.perform(as(tokenOf(Role.BANK), get("/api/subsidy/applications/" + STEEL_APPLICATION)))
                    .andExpect(status().isForbidden());
        }

        @Test
        void a_wrong_status_or_id_is_a_400_naming_the_parameter() throws Exception {
            http.perform(as(tokenOf(Role.OFFICIAL), get("/api/subsidy/applications").param("status", "PENDING")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("status"));
            http.perform(as(tokenOf(Role.OFFICIAL), get("/api/subsidy/applications/A-17")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
        }
    }

    @Nested
    class Decisions {

        @Test
        void the_decision_record_names_its_inputs_terms_rule_set_and_who_decided() throws Exception {
            http.perform(as(enterprise(STEEL), get("/api/subsidy/applications/" + STEEL_APPLICATION + "/decision")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outcome").value("APPROVED"))
                    .andExpect(jsonPath("$.ruleSet.version").value(1))
                    .andExpect(jsonPath("$.inputs.eligibleInvestment").value("20000000.00"))
                    .andExpect(jsonPath("$.inputs.annualSaving").value(1250.5))
                    .andExpect(jsonPath("$.computed.binding").value("RATE_PER_TCE"))
                    .andExpect(jsonPath("$.computed.terms[*].kind", contains("RATE_PER_TCE", "INVESTMENT_SHARE",
                            "CAP_PER_PROJECT", "REMAINING_BUDGET")))
                    .andExpect(jsonPath("$.computed.terms[1].amount").value("6000000.00"))
                    .andExpect(jsonPath("$.amount").value("2501000.00"))
                    .andExpect(jsonPath("$.facts.asOfPosition").value(7))
                    .andExpect(jsonPath("$.eligibility.eligible").value(true))
                    .andExpect(jsonPath("$.decidedBy").value("official-zhang"));
        }

        @Test
        void an_application_not_yet_decided_has_no_decision() throws Exception {
            http.perform(as(tokenOf(Role.OFFICIAL), get("/api/subsidy/applications/" + IN_REVIEW + "/decision")))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("subsidy.no-decision"));
        }
    }

    private void append(String type, String id, Object event, MetaData metaData) {
        long sequence = sequences.merge(id, 0L, (old, zero) -> old + 1);
        AppendedPositions.clear();
        events.publish(new GenericDomainEventMessage<>(type, id, sequence, event, metaData));
        lastPosition = AppendedPositions.last().orElseThrow();
    }

    /** Every request waits until the projection has processed the last appended event. */
    private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-Min-Position", Long.toString(lastPosition));
    }

    static String tokenOf(Role role) {
        return switch (role) {
            case ENTERPRISE -> enterprise(CHEMICALS);
            case EXPERT -> expert(WANG.value());
            default -> DevTokens.issue(KEY, role, role.name().toLowerCase() + "-test", Duration.ofMinutes(5), Instant.now());
        };
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String expert(String subject) {
        return DevTokens.issue(KEY, Role.EXPERT, subject, Duration.ofMinutes(5), Instant.now());
    }

    private static Path createDataFolder() {
        try {
            Path folder = Files.createTempDirectory("greenledger-subsidy-query-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
