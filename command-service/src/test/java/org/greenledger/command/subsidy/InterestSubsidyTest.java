package org.greenledger.command.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenledger.command.InvalidInputMatcher.invalidAt;
import static org.greenledger.command.subsidy.SubsidyFixtures.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApproveApplication;
import org.greenledger.contracts.subsidy.LoanNamed;
import org.greenledger.contracts.subsidy.NameLoan;
import org.greenledger.contracts.subsidy.SubmitApplication;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.InterestBasis;
import org.greenledger.kernel.subsidy.InterestRules;
import org.greenledger.kernel.subsidy.RuleSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The steel works' 5,000,000 CNY loan from BOC at 3.1 % for 36 months, under a 贴息 programme paying half the
 * interest, at most 1,000,000 CNY a project: 232,500 CNY.
 */
class InterestSubsidyTest {

    static final CreditRequestId REQUEST = CreditRequestId.of("20000000-0000-4000-8000-000000000001");
    static final CreditRequestId OTHERS_REQUEST = CreditRequestId.of("20000000-0000-4000-8000-000000000002");
    static final CreditRequestId CLOSED_REQUEST = CreditRequestId.of("20000000-0000-4000-8000-000000000003");
    static final BankId BOC = BankId.of("boc-sh");
    static final LoanId LOAN = LoanId.of("BOC-2026-7");
    static final Money PRINCIPAL = Money.ofYuan("5000000.00");
    static final AnnualRate RATE = AnnualRate.of("3.1");
    static final RuleSet HALF_THE_INTEREST = new RuleSet(1, new EligibilityRules(false, Set.of(), null, false),
            new AmountRules(null, null, Money.ofYuan("1000000.00")),
            new InterestRules(InterestBasis.SHARE_OF_INTEREST, Percent.of("50"), null));

    private final FixtureConfiguration<Application> fixture = new AggregateTestFixture<>(Application.class);
    private final FakeProgrammes programme = FakeProgrammes.interestSubsidy(HALF_THE_INTEREST);
    private final Map<CreditRequestId, ApplicantFactsProjection.Loan> loans = new HashMap<>();

    @BeforeEach
    void theLoans() {
        loans.put(REQUEST, new ApplicantFactsProjection.Loan(STEEL, BOC, LOAN, PRINCIPAL, RATE, 36, true));
        loans.put(OTHERS_REQUEST, new ApplicantFactsProjection.Loan(OTHER, BOC, LoanId.of("BOC-2026-8"), PRINCIPAL, RATE, 36,
                true));
        loans.put(CLOSED_REQUEST, new ApplicantFactsProjection.Loan(STEEL, BOC, LoanId.of("BOC-2020-1"), PRINCIPAL, RATE, 36,
                false));
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(programme);
        fixture.registerInjectableResource((Loans) request -> Optional.ofNullable(loans.get(request)));
        FakeFacts facts = new FakeFacts();
        fixture.registerInjectableResource(facts);
        fixture.registerInjectableResource(ROSTER);
    }

    static LoanNamed named() {
        return new LoanNamed(APPLICATION, REQUEST, BOC, LOAN, PRINCIPAL, RATE, 36, EARLIER);
    }

    @Test
    void the_applicant_names_its_own_open_loan_with_the_terms_the_bank_approved() {
        fixture.given(drafted())
                .when(new NameLoan(APPLICATION, STEEL, REQUEST))
                .expectEvents(new LoanNamed(APPLICATION, REQUEST, BOC, LOAN, PRINCIPAL, RATE, 36, NOW));
    }

    @Test
    void another_enterprises_loan_an_unknown_or_a_closed_one_is_refused_naming_the_field() {
        for (CreditRequestId refused : List.of(OTHERS_REQUEST, CLOSED_REQUEST,
                CreditRequestId.of("20000000-0000-4000-8000-000000000009"))) {
            fixture.given(drafted())
                    .when(new NameLoan(APPLICATION, STEEL, refused))
                    .expectNoEvents()
                    .expectException(invalidAt("creditRequestId"));
        }
        fixture.given(drafted())
                .when(new NameLoan(APPLICATION, OTHER, REQUEST))
                .expectNoEvents()
                .expectException(Forbidden.class);
    }

    @Test
    void only_an_interest_subsidy_programme_takes_a_loan_and_it_must_have_one_to_be_submitted() {
        FixtureConfiguration<Application> retrofit = new AggregateTestFixture<>(Application.class);
        retrofit.registerInjectableResource(CLOCK);
        retrofit.registerInjectableResource(FakeProgrammes.withBudget());
        retrofit.registerInjectableResource((Loans) request -> Optional.ofNullable(loans.get(request)));
        retrofit.given(drafted())
                .when(new NameLoan(APPLICATION, STEEL, REQUEST))
                .expectNoEvents()
                .expectException(invalidAt("creditRequestId"));
        fixture.given(drafted())
                .when(new SubmitApplication(APPLICATION, STEEL))
                .expectNoEvents()
                .expectException(Refused.class);
        fixture.given(drafted(), named())
                .when(new SubmitApplication(APPLICATION, STEEL))
                .expectEvents(new ApplicationSubmitted(APPLICATION, PROGRAMME, STEEL, 1, NOW));
    }

    @Test
    void the_approved_amount_follows_the_loan_exactly_and_is_reserved() {
        Object[] reviewed = reviewed();
        Object[] history = new Object[reviewed.length + 1];
        history[0] = reviewed[0];
        history[1] = named();
        System.arraycopy(reviewed, 1, history, 2, reviewed.length - 1);
        fixture.given(history)
                .when(new ApproveApplication(APPLICATION, null, null, List.of("贴息审核通过")))
                .expectSuccessfulHandlerExecution();
        assertThat(programme.reserved).containsExactly(Money.ofYuan("232500.00"));
    }
}
