package org.greenledger.command.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
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
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.greenledger.devtools.DevTokens;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.platform.security.DevSigningKey;
import org.greenledger.platform.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
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

/**
 * The subsidy flow's command API over HTTP against the in-memory store, with tokens of every
 * role: who may take each step and who may not, the whole way from programme to approval, and
 * refusals that answer problem+json and leave no event.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubsidyHttpTest {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Path DATA = createDataFolder();
    private static final RSAKey KEY = DevSigningKey.loadOrCreate(DATA.resolve("dev-signing-key.json"));
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc http;

    @Autowired
    EventStore events;

    @DynamicPropertySource
    static void embeddedStore(DynamicPropertyRegistry properties) {
        properties.add("greenledger.mongodb.uri",
                () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":" + MONGO_ADDRESS.getPort() + "/subsidy-http-test");
        properties.add("greenledger.data", DATA::toString);
    }

    @AfterAll
    static void stopStore() {
        MONGO.shutdown();
    }

    @Nested
    class Programmes {

        @Test
        void an_official_opens_a_programme_and_learns_where_and_at_which_position() throws Exception {
            http.perform(as(official(), post("/api/subsidy/programmes")).content(programme("50000000")))
                    .andExpect(status().isCreated())
                    .andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/subsidy/programmes/")))
                    .andExpect(header().exists("X-Position"))
                    .andExpect(jsonPath("$.id").isString());
        }

        @Test
        void only_an_official_opens_one() throws Exception {
            for (String token : new String[] {enterprise(newUscc()), token(Role.EXPERT), token(Role.BANK), token(Role.AUDITOR)}) {
                http.perform(as(token, post("/api/subsidy/programmes")).content(programme("50000000")))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            }
        }

        @Test
        void a_budget_that_is_not_an_amount_and_tranches_that_do_not_add_up_are_refused_naming_the_field() throws Exception {
            http.perform(as(official(), post("/api/subsidy/programmes")).content(programme("50000000.001")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("budgetYuan"));
            http.perform(as(official(), post("/api/subsidy/programmes"))
                            .content(programme("50000000").replace("\"sharePercent\": 40", "\"sharePercent\": 30")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("tranches"))
                    .andExpect(jsonPath("$.detail").value(containsString("add up to 90%")));
            http.perform(as(official(), post("/api/subsidy/programmes"))
                            .content(programme("50000000").replace("\"ratePerTceYuan\": 2000", "\"ratePerTceYuan\": 0")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("amounts.ratePerTceYuan"));
        }

        @Test
        void only_an_official_publishes_rules_or_changes_the_budget() throws Exception {
            String programme = openProgramme("50000000");
            String rules = """
                    {"eligibility": {"twoHighExcluded": true}, "amounts": {"ratePerTceYuan": 1500}, "reason": "下调"}""";
            for (String token : new String[] {enterprise(newUscc()), token(Role.EXPERT), token(Role.BANK), token(Role.AUDITOR)}) {
                http.perform(as(token, post("/api/subsidy/programmes/" + programme + "/rule-sets")).content(rules))
                        .andExpect(status().isForbidden());
                http.perform(as(token, post("/api/subsidy/programmes/" + programme + "/budget"))
                                .content("{\"budgetYuan\": 60000000, \"reason\": \"追加\"}"))
                        .andExpect(status().isForbidden());
            }
            http.perform(as(official(), post("/api/subsidy/programmes/" + programme + "/rule-sets")).content(rules))
                    .andExpect(status().isOk());
            assertThat(eventTypes(programme)).containsExactly("ProgrammeOpened", "RuleSetPublished");
        }

        @Test
        void the_budget_cannot_fall_below_what_is_reserved() throws Exception {
            String programme = openProgramme("50000000");
            approvedApplication(programme);

            http.perform(as(official(), post("/api/subsidy/programmes/" + programme + "/budget"))
                            .content("{\"budgetYuan\": 1000000, \"reason\": \"压减\"}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("subsidy.budget-below-commitments"));
            http.perform(as(official(), post("/api/subsidy/programmes/" + programme + "/budget"))
                            .content("{\"budgetYuan\": 60000000, \"reason\": \"追加\"}"))
                    .andExpect(status().isOk());
        }
    }

    @Nested
    class Applications {

        @Test
        void the_whole_way_from_draft_to_approval_with_each_step_taken_by_its_role() throws Exception {
            String programme = openProgramme("50000000");
            Uscc applicant = registeredEnterprise();
            String id = draft(applicant, programme);
            ok(as(enterprise(applicant), post(app(id, "submission"))));
            ok(as(official(), post(app(id, "acceptance"))));
            String[] experts = {expert(), expert(), expert()};
            ok(as(official(), post(app(id, "experts"))).content(expertsBody(experts)));
            for (String expert : experts) {
                ok(as(expertToken(expert), post(app(id, "scores"))).content(SCORE));
            }

            http.perform(as(official(), post(app(id, "approval"))).content("{\"reasons\": [\"专家评审通过\"]}"))
                    .andExpect(status().isOk())
                    .andExpect(header().exists("X-Position"));

            assertThat(eventTypes(id)).containsExactly("ApplicationDrafted", "ApplicationSubmitted", "ApplicationAccepted",
                    "ExpertsAssigned", "ApplicationScored", "ApplicationScored", "ApplicationScored", "ApplicationApproved",
                    "PublicNoticeOpened");
            assertThat(eventTypes(programme)).containsExactly("ProgrammeOpened", "FundsReserved");
        }

        @Test
        void another_enterprise_may_not_edit_submit_or_withdraw_it() throws Exception {
            String programme = openProgramme("50000000");
            String id = draft(registeredEnterprise(), programme);
            String stranger = enterprise(newUscc());

            http.perform(as(stranger, put(app(id, "project"))).content(project(null)))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("subsidy.not-own-application"));
            http.perform(as(stranger, post(app(id, "submission"))))
                    .andExpect(status().isForbidden());
            http.perform(as(stranger, post(app(id, "withdrawal"))).content("{\"reason\": \"不要了\"}"))
                    .andExpect(status().isForbidden());
            assertThat(eventTypes(id)).containsExactly("ApplicationDrafted");
        }

        @Test
        void officials_check_and_decide_and_nobody_else_does() throws Exception {
            String programme = openProgramme("50000000");
            Uscc applicant = registeredEnterprise();
            String id = draft(applicant, programme);
            ok(as(enterprise(applicant), post(app(id, "submission"))));

            for (String token : new String[] {enterprise(applicant), token(Role.EXPERT), token(Role.BANK), token(Role.AUDITOR)}) {
                http.perform(as(token, post(app(id, "acceptance")))).andExpect(status().isForbidden());
                http.perform(as(token, post(app(id, "approval"))).content("{\"reasons\": [\"通过\"]}"))
                        .andExpect(status().isForbidden());
            }
            assertThat(eventTypes(id)).containsExactly("ApplicationDrafted", "ApplicationSubmitted");
        }

        @Test
        void a_bank_does_not_apply() throws Exception {
            http.perform(as(token(Role.BANK), post("/api/subsidy/applications")).content(project(openProgramme("1000"))))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_expert_scores_only_what_is_assigned_to_them_and_only_once() throws Exception {
            String id = underReview(openProgramme("50000000"));
            String[] experts = {expert(), expert(), expert()};
            ok(as(official(), post(app(id, "experts"))).content(expertsBody(experts)));

            http.perform(as(expertToken(expert()), post(app(id, "scores"))).content(SCORE))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("subsidy.expert-not-assigned"));
            ok(as(expertToken(experts[0]), post(app(id, "scores"))).content(SCORE));
            http.perform(as(expertToken(experts[0]), post(app(id, "scores"))).content(SCORE))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("subsidy.already-scored"));
        }

        @Test
        void an_expert_tied_to_the_applicant_is_refused_as_a_conflict_of_interest() throws Exception {
            Uscc applicant = registeredEnterprise();
            String id = submitted(applicant, openProgramme("50000000"));
            ok(as(official(), post(app(id, "acceptance"))));
            String tied = "expert-" + COUNTER.incrementAndGet();
            http.perform(as(official(), post("/api/subsidy/experts"))
                            .content("{\"expertId\": \"%s\", \"name\": \"孙工\", \"affiliations\": [\"%s\"]}".formatted(tied, applicant)))
                    .andExpect(status().isCreated());

            http.perform(as(official(), post(app(id, "experts"))).content(expertsBody(expert(), expert(), tied)))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.code").value("subsidy.conflict-of-interest"));
        }

        @Test
        void only_an_official_registers_experts_and_a_malformed_id_is_a_400() throws Exception {
            String body = "{\"expertId\": \"expert-roster-test\", \"name\": \"专家\", \"affiliations\": []}";
            for (String token : new String[] {enterprise(newUscc()), token(Role.EXPERT), token(Role.BANK), token(Role.AUDITOR)}) {
                http.perform(as(token, post("/api/subsidy/experts")).content(body)).andExpect(status().isForbidden());
            }
            http.perform(as(official(), post("/api/subsidy/experts"))
                            .content("{\"expertId\": \"no spaces\", \"name\": \"专家\", \"affiliations\": []}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("expertId"));
            http.perform(as(official(), post("/api/subsidy/experts"))
                            .content("{\"expertId\": \"expert-roster-test\", \"name\": \"专家\", \"affiliations\": [\"X\"]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("affiliations[0]"));
            assertThat(eventTypes("expert:expert-roster-test")).isEmpty();
        }

        @Test
        void an_expert_declares_their_own_ties_only() throws Exception {
            String self = expert();

            http.perform(as(expertToken(self), post("/api/subsidy/experts/" + self + "/affiliations"))
                            .content("{\"uscc\": \"%s\"}".formatted(newUscc())))
                    .andExpect(status().isOk());
            http.perform(as(expertToken(expert()), post("/api/subsidy/experts/" + self + "/affiliations"))
                            .content("{\"uscc\": \"%s\"}".formatted(newUscc())))
                    .andExpect(status().isForbidden());
        }

        @Test
        void an_approval_the_budget_cannot_meet_is_refused_with_problem_json_and_leaves_no_event() throws Exception {
            String programme = openProgramme("2501000");
            approvedApplication(programme);
            String second = reviewed(programme);
            int before = eventTypes(second).size();

            http.perform(as(official(), post(app(second, "approval"))).content("{\"reasons\": [\"专家评审通过\"]}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("subsidy.nothing-to-grant"))
                    .andExpect(jsonPath("$.detail").value(containsString("REMAINING_BUDGET")));

            assertThat(eventTypes(second)).hasSize(before);
            assertThat(eventTypes(programme)).containsExactly("ProgrammeOpened", "FundsReserved");
        }

        @Test
        void an_illegal_transition_is_a_409_naming_the_state_and_leaves_no_event() throws Exception {
            String id = approvedApplication(openProgramme("50000000"));
            int before = eventTypes(id).size();

            http.perform(as(official(), post(app(id, "rejection"))).content("{\"reasons\": [\"改判\"]}"))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("subsidy.illegal-transition"))
                    .andExpect(jsonPath("$.detail").value(containsString("is APPROVED")));
            assertThat(eventTypes(id)).hasSize(before);
        }

        @Test
        void during_the_notice_the_applicant_objects_and_the_reservation_returns_to_the_programme() throws Exception {
            String programme = openProgramme("50000000");
            Uscc applicant = registeredEnterprise();
            String id = submitted(applicant, programme);
            ok(as(official(), post(app(id, "acceptance"))));
            String[] experts = {expert(), expert(), expert()};
            ok(as(official(), post(app(id, "experts"))).content(expertsBody(experts)));
            for (String expert : experts) {
                ok(as(expertToken(expert), post(app(id, "scores"))).content(SCORE));
            }
            ok(as(official(), post(app(id, "approval"))).content("{\"reasons\": [\"专家评审通过\"]}"));

            http.perform(as(enterprise(newUscc()), post(app(id, "objection"))).content("{\"reasons\": [\"恶意异议\"]}"))
                    .andExpect(status().isForbidden());
            http.perform(as(token(Role.EXPERT), post(app(id, "objection"))).content("{\"reasons\": [\"异议\"]}"))
                    .andExpect(status().isForbidden());
            ok(as(enterprise(applicant), post(app(id, "objection"))).content("{\"reasons\": [\"金额测算有误\"]}"));

            assertThat(eventTypes(id)).endsWith("ApplicationApproved", "PublicNoticeOpened", "ObjectionRaised");
            assertThat(eventTypes(programme)).containsExactly("ProgrammeOpened", "FundsReserved", "ReservationReleased");
        }

        @Test
        void only_officials_pay_check_and_claw_back_and_nothing_is_paid_before_the_grant() throws Exception {
            Uscc applicant = registeredEnterprise();
            String id = approvedApplication(openProgramme("50000000"));
            String[][] steps = {
                    {"disbursements", "{\"tranche\": 0, \"paymentReference\": \"PAY-1\"}"},
                    {"acceptance-check", "{\"verifiedSavingTce\": 1000, \"passed\": true, \"reportReference\": \"YS-1\"}"},
                    {"clawback", "{\"reason\": \"MISUSE\", \"amountYuan\": 0, \"explanation\": \"挪用\"}"},
                    {"recoveries", "{\"amountYuan\": 1, \"paymentReference\": \"BACK-1\"}"}};
            for (String[] step : steps) {
                for (String token : new String[] {enterprise(applicant), token(Role.EXPERT), token(Role.BANK), token(Role.AUDITOR)}) {
                    http.perform(as(token, post(app(id, step[0]))).content(step[1])).andExpect(status().isForbidden());
                }
                http.perform(as(official(), post(app(id, step[0]))).content(step[1]))
                        .andExpect(status().isConflict())
                        .andExpect(jsonPath("$.code").value("subsidy.illegal-transition"))
                        .andExpect(jsonPath("$.detail").value(containsString("is APPROVED")));
            }
            http.perform(as(official(), post(app(id, "disbursements"))).content("{\"paymentReference\": \"PAY-1\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("tranche"));
            http.perform(as(official(), post(app(id, "clawback")))
                            .content("{\"reason\": \"LAZINESS\", \"amountYuan\": 0, \"explanation\": \"x\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
            http.perform(as(official(), post(app(id, "acceptance-check")))
                            .content("{\"verifiedSavingTce\": 1000, \"reportReference\": \"YS-1\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("passed"));
        }

        @Test
        void an_unknown_application_is_a_404_and_a_malformed_id_a_400() throws Exception {
            http.perform(as(official(), post(app("6f1c1a2e-0d4b-4c59-9a57-1e0b7b3f2a10", "acceptance"))))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("subsidy.application-not-found"));
            http.perform(as(official(), post(app("A-17", "acceptance"))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("applicationId"));
        }

        @Test
        void an_incomplete_submission_names_what_is_missing() throws Exception {
            Uscc applicant = registeredEnterprise();
            String programme = openProgramme("50000000");
            String answer = http.perform(as(enterprise(applicant), post("/api/subsidy/applications"))
                            .content("{\"programmeId\": \"%s\", \"name\": \"余热回收\"}".formatted(programme)))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            String id = JsonPath.read(answer, "$.id");

            http.perform(as(enterprise(applicant), post(app(id, "submission"))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("description"))
                    .andExpect(jsonPath("$.detail").value(containsString("documents")));
        }
    }

    static final String SCORE = """
            {"scores": [{"criterion": "技术可行性", "points": 88}, {"criterion": "节能效果", "points": 91}],
             "comment": "节能量测算可信"}""";

    private String openProgramme(String budgetYuan) throws Exception {
        String answer = http.perform(as(official(), post("/api/subsidy/programmes")).content(programme(budgetYuan)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private String draft(Uscc applicant, String programme) throws Exception {
        String answer = http.perform(as(enterprise(applicant), post("/api/subsidy/applications")).content(project(programme)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(answer, "$.id");
    }

    private String submitted(Uscc applicant, String programme) throws Exception {
        String id = draft(applicant, programme);
        ok(as(enterprise(applicant), post(app(id, "submission"))));
        return id;
    }

    private String underReview(String programme) throws Exception {
        String id = submitted(registeredEnterprise(), programme);
        ok(as(official(), post(app(id, "acceptance"))));
        return id;
    }

    private String reviewed(String programme) throws Exception {
        String id = underReview(programme);
        String[] experts = {expert(), expert(), expert()};
        ok(as(official(), post(app(id, "experts"))).content(expertsBody(experts)));
        for (String expert : experts) {
            ok(as(expertToken(expert), post(app(id, "scores"))).content(SCORE));
        }
        return id;
    }

    private String approvedApplication(String programme) throws Exception {
        String id = reviewed(programme);
        ok(as(official(), post(app(id, "approval"))).content("{\"reasons\": [\"专家评审通过\"]}"));
        return id;
    }

    private String expert() throws Exception {
        String id = "expert-" + COUNTER.incrementAndGet();
        http.perform(as(official(), post("/api/subsidy/experts"))
                        .content("{\"expertId\": \"%s\", \"name\": \"专家%s\", \"affiliations\": []}".formatted(id, id)))
                .andExpect(status().isCreated());
        return id;
    }

    private Uscc registeredEnterprise() throws Exception {
        Uscc uscc = newUscc();
        http.perform(as(official(), post("/api/enterprises")).content("""
                        {"uscc": "%s", "name": "上海宝山示范钢铁有限公司", "divisionCode": "310113", "industryCode": "C3110",
                         "keyEnergyUser": false}""".formatted(uscc)))
                .andExpect(status().isCreated());
        return uscc;
    }

    private java.util.List<String> eventTypes(String aggregateId) {
        return events.readEvents(aggregateId).asStream().map(event -> event.getPayloadType().getSimpleName()).toList();
    }

    private ResultActions ok(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andExpect(status().isOk());
    }

    static String programme(String budgetYuan) {
        return """
                {"year": %d, "direction": "ENERGY_SAVING_RETROFIT", "title": "节能技术改造专项", "opensOn": "%s",
                 "closesOn": "%s", "budgetYuan": %s, "noticeDays": 7,
                 "tranches": [{"sharePercent": 60, "release": "ON_GRANT"}, {"sharePercent": 40, "release": "ON_ACCEPTANCE"}],
                 "eligibility": {"twoHighExcluded": true},
                 "amounts": {"ratePerTceYuan": 2000, "investmentSharePercent": 30, "capPerProjectYuan": 10000000}}"""
                .formatted(TODAY.getYear(), TODAY.minusDays(1), TODAY.plusDays(30), budgetYuan);
    }

    static String project(String programme) {
        String programmeField = programme == null ? "" : "\"programmeId\": \"" + programme + "\", ";
        return ("{" + programmeField + """
                "name": "高炉煤气余热发电改造", "description": "以余热发电替代外购电", "eligibleInvestmentYuan": 20000000,
                 "annualSavingTce": 1250.5, "co2ReductionTonnes": 3120.25, "category": "ENERGY_SAVING_RETROFIT",
                 "documents": ["可研报告 FS-2026-017"]}""");
    }

    static String expertsBody(String... experts) {
        return "{\"experts\": [\"" + String.join("\", \"", experts) + "\"]}";
    }

    static String app(String id, String action) {
        return "/api/subsidy/applications/" + id + "/" + action;
    }

    /** A valid USCC of its own for every test, in Baoshan, numbered apart from other tests' codes. */
    static Uscc newUscc() {
        String body = String.format("6%07d", COUNTER.incrementAndGet());
        String first17 = "91310113" + body + Uscc.organizationCodeCheck(body);
        return Uscc.of(first17 + Uscc.checkCharacter(first17));
    }

    static String enterprise(Uscc uscc) {
        return DevTokens.issue(KEY, Role.ENTERPRISE, uscc.value(), Duration.ofMinutes(5), Instant.now());
    }

    static String expertToken(String subject) {
        return DevTokens.issue(KEY, Role.EXPERT, subject, Duration.ofMinutes(5), Instant.now());
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
            Path folder = Files.createTempDirectory("greenledger-subsidy-command-test");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
