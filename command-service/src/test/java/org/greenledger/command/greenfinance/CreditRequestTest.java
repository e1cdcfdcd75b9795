package org.greenledger.command.greenfinance;

import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.greenfinance.ApproveLoan;
import org.greenledger.contracts.greenfinance.CloseLoan;
import org.greenledger.contracts.greenfinance.CreditDeclined;
import org.greenledger.contracts.greenfinance.CreditRequested;
import org.greenledger.contracts.greenfinance.DeclineCredit;
import org.greenledger.contracts.greenfinance.LoanApproved;
import org.greenledger.contracts.greenfinance.LoanClosed;
import org.greenledger.contracts.greenfinance.RequestCredit;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Baoshan steel works asks ICBC Shanghai for 8,000,000 CNY to retrofit its furnaces (catalogue 1.5 / 1.2). */
class CreditRequestTest {

    static final CreditRequestId REQUEST = CreditRequestId.of("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final BankId ICBC = BankId.of("icbc-sh");
    static final BankId BOC = BankId.of("boc-sh");
    static final ApplicationId SUBSIDY = ApplicationId.of("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");
    static final Money ASKED = Money.ofYuan("8000000.00");
    static final LoanId LOAN = LoanId.of("ICBC-SH-2026-000123");
    static final AnnualRate RATE = AnnualRate.of("3.45");
    static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant IN_2024 = Instant.parse("2024-05-06T02:00:00Z");
    static final ApplicationId OTHERS_SUBSIDY = ApplicationId.of("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4f");
    static final SubsidyApplicants APPLICANTS = application -> application.equals(SUBSIDY) ? Optional.of(STEEL)
            : application.equals(OTHERS_SUBSIDY) ? Optional.of(Uscc.of("9131000013221158XC")) : Optional.empty();

    private final FixtureConfiguration<CreditRequest> fixture = new AggregateTestFixture<>(CreditRequest.class);

    @BeforeEach
    void pinTheClockAndTheApplicants() {
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")));
        fixture.registerInjectableResource(APPLICANTS);
    }

    static CreditRequested requested() {
        return new CreditRequested(REQUEST, STEEL, ICBC, ASKED, "高炉余热回收改造", "1.2", "GFSP-2025", SUBSIDY, EARLIER);
    }

    @Test
    void a_request_keeps_the_catalogue_version_in_force_on_its_day() {
        fixture.givenNoPriorActivity()
                .when(new RequestCredit(REQUEST, STEEL, ICBC, ASKED, "高炉余热回收改造", "1.2", SUBSIDY))
                .expectEvents(new CreditRequested(REQUEST, STEEL, ICBC, ASKED, "高炉余热回收改造", "1.2", "GFSP-2025",
                        SUBSIDY, NOW));
    }

    @Test
    void made_in_2024_it_is_judged_under_the_2019_catalogue() {
        FixtureConfiguration<CreditRequest> in2024 = new AggregateTestFixture<>(CreditRequest.class);
        in2024.registerInjectableResource(Clock.fixed(IN_2024, ZoneId.of("Asia/Shanghai")));
        in2024.registerInjectableResource(APPLICANTS);
        in2024.givenNoPriorActivity()
                .when(new RequestCredit(REQUEST, STEEL, ICBC, ASKED, "节能改造", "1.5", null))
                .expectEvents(new CreditRequested(REQUEST, STEEL, ICBC, ASKED, "节能改造", "1.5", "GIGC-2019", null, IN_2024));
    }

    @Test
    void a_category_not_in_the_catalogue_in_force_is_refused_naming_the_field() {
        fixture.givenNoPriorActivity()
                .when(new RequestCredit(REQUEST, STEEL, ICBC, ASKED, "节能改造", "1.5", null))
                .expectNoEvents()
                .expectException(invalidAt("category"))
                .expectExceptionMessage(containsString("not in GFSP-2025"));
    }

    @Test
    void only_the_requesters_own_subsidy_application_can_be_linked() {
        fixture.givenNoPriorActivity()
                .when(new RequestCredit(REQUEST, STEEL, ICBC, ASKED, "高炉余热回收改造", "1.2", OTHERS_SUBSIDY))
                .expectNoEvents()
                .expectException(invalidAt("subsidyApplication"));
        fixture.givenNoPriorActivity()
                .when(new RequestCredit(REQUEST, STEEL, ICBC, ASKED, "高炉余热回收改造", "1.2",
                        ApplicationId.of("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d40")))
                .expectNoEvents()
                .expectException(invalidAt("subsidyApplication"));
    }

    @Test
    void an_amount_and_a_purpose_are_required() {
        fixture.givenNoPriorActivity()
                .when(new RequestCredit(REQUEST, STEEL, ICBC, Money.ZERO, "改造", "1.2", null))
                .expectNoEvents()
                .expectException(invalidAt("amount"));
        fixture.givenNoPriorActivity()
                .when(new RequestCredit(REQUEST, STEEL, ICBC, ASKED, " ", "1.2", null))
                .expectNoEvents()
                .expectException(invalidAt("purpose"));
    }

    @Test
    void the_bank_asked_approves_a_loan_of_at_most_the_amount_asked() {
        fixture.given(requested())
                .when(new ApproveLoan(REQUEST, ICBC, LOAN, Money.ofYuan("6000000.00"), RATE, 36))
                .expectEvents(new LoanApproved(REQUEST, STEEL, ICBC, LOAN, Money.ofYuan("6000000.00"), RATE, 36, NOW));
        fixture.given(requested())
                .when(new ApproveLoan(REQUEST, ICBC, LOAN, Money.ofYuan("8000000.01"), RATE, 36))
                .expectNoEvents()
                .expectException(invalidAt("amount"));
        fixture.given(requested())
                .when(new ApproveLoan(REQUEST, ICBC, LOAN, ASKED, RATE, 361))
                .expectNoEvents()
                .expectException(invalidAt("termMonths"));
    }

    @Test
    void another_bank_cannot_decide_a_request_addressed_elsewhere() {
        fixture.given(requested())
                .when(new ApproveLoan(REQUEST, BOC, LOAN, ASKED, RATE, 36))
                .expectNoEvents()
                .expectException(Forbidden.class);
        fixture.given(requested())
                .when(new DeclineCredit(REQUEST, BOC, "不符合"))
                .expectNoEvents()
                .expectException(Forbidden.class);
    }

    @Test
    void a_decline_has_reasons_and_is_final() {
        fixture.given(requested())
                .when(new DeclineCredit(REQUEST, ICBC, "项目现金流不足"))
                .expectEvents(new CreditDeclined(REQUEST, STEEL, ICBC, "项目现金流不足", NOW));
        fixture.given(requested(), new CreditDeclined(REQUEST, STEEL, ICBC, "项目现金流不足", EARLIER))
                .when(new ApproveLoan(REQUEST, ICBC, LOAN, ASKED, RATE, 36))
                .expectNoEvents()
                .expectException(IllegalTransition.class);
    }

    @Test
    void a_request_is_decided_once_and_only_an_open_loan_closes() {
        LoanApproved approved = new LoanApproved(REQUEST, STEEL, ICBC, LOAN, ASKED, RATE, 36, EARLIER);
        fixture.given(requested(), approved)
                .when(new DeclineCredit(REQUEST, ICBC, "改变主意"))
                .expectNoEvents()
                .expectException(IllegalTransition.class);
        fixture.given(requested(), approved)
                .when(new CloseLoan(REQUEST, ICBC))
                .expectEvents(new LoanClosed(REQUEST, STEEL, ICBC, LOAN, NOW));
        fixture.given(requested())
                .when(new CloseLoan(REQUEST, ICBC))
                .expectNoEvents()
                .expectException(IllegalTransition.class);
    }
}
