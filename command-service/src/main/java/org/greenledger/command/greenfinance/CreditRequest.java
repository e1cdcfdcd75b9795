package org.greenledger.command.greenfinance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.command.TextRules;
import org.greenledger.contracts.greenfinance.ApproveLoan;
import org.greenledger.contracts.greenfinance.CloseLoan;
import org.greenledger.contracts.greenfinance.CreditDeclined;
import org.greenledger.contracts.greenfinance.CreditRequested;
import org.greenledger.contracts.greenfinance.CreditStatus;
import org.greenledger.contracts.greenfinance.DeclineCredit;
import org.greenledger.contracts.greenfinance.LoanApproved;
import org.greenledger.contracts.greenfinance.LoanClosed;
import org.greenledger.contracts.greenfinance.RequestCredit;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.GreenCatalogue;
import org.greenledger.kernel.greenfinance.GreenCatalogues;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.quantity.Money;

/**
 * An enterprise's request to one bank for green credit (DOMAIN: green finance). The request keeps the
 * catalogue version in force on its day; only the bank asked decides it, once: a loan (at most the
 * amount asked) or a refusal with reasons. An approved loan stays open until the lender closes it.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTriggerDefinition")
class CreditRequest {

    static final int PURPOSE_MAX = 500;
    static final int REASON_MAX = 1000;
    static final int TERM_MAX_MONTHS = 360;

    @AggregateIdentifier
    private CreditRequestId id;
    private Uscc enterprise;
    private BankId bank;
    private Money amount;
    private CreditStatus status;
    private LoanId loan;

    protected CreditRequest() {
    }

    @CommandHandler
    CreditRequest(RequestCredit cmd, SubsidyApplicants applicants, Clock clock) {
        if (cmd.enterprise() == null) {
            throw new InvalidInput("greenfinance.value-missing", "enterprise", "The requesting enterprise is required.");
        }
        if (cmd.bank() == null) {
            throw new InvalidInput("greenfinance.value-missing", "bankId", "bankId is required.");
        }
        requirePositive(cmd.amount(), "amount");
        TextRules.require("greenfinance", cmd.purpose(), "purpose", PURPOSE_MAX);
        GreenCatalogue catalogue = GreenCatalogues.inForceOn(LocalDate.now(clock));
        if (cmd.category() == null || cmd.category().isBlank()) {
            throw new InvalidInput("greenfinance.value-missing", "category", "category is required: a code of "
                    + catalogue.version() + ", e.g. 1.1.");
        }
        if (catalogue.category(cmd.category()).isEmpty()) {
            throw new InvalidInput("greenfinance.category-unknown", "category", "Category " + cmd.category()
                    + " is not in " + catalogue.version() + " (" + catalogue.title() + "), in force today; its codes are "
                    + catalogue.categories().keySet().stream().sorted().toList() + ".");
        }
        if (cmd.subsidyApplication() != null
                && !applicants.of(cmd.subsidyApplication()).filter(cmd.enterprise()::equals).isPresent()) {
            throw new InvalidInput("greenfinance.application-unknown", "subsidyApplication", "There is no subsidy "
                    + "application " + cmd.subsidyApplication() + " of yours to link.");
        }
        apply(new CreditRequested(cmd.creditRequestId(), cmd.enterprise(), cmd.bank(), cmd.amount(), cmd.purpose(),
                cmd.category(), catalogue.version(), cmd.subsidyApplication(), clock.instant()));
    }

    @CommandHandler
    void handle(ApproveLoan cmd, Clock clock) {
        requireBankAsked(cmd.bank());
        requireStatus(CreditStatus.REQUESTED, "approved");
        if (cmd.loanId() == null) {
            throw new InvalidInput("greenfinance.value-missing", "loanId", "loanId is required: the bank's loan reference.");
        }
        requirePositive(cmd.amount(), "amount");
        if (cmd.amount().exceeds(amount)) {
            throw new InvalidInput("greenfinance.loan-above-request", "amount", "A loan is at most the " + amount.toYuan()
                    + " CNY asked, not " + cmd.amount().toYuan() + ".");
        }
        if (cmd.rate() == null) {
            throw new InvalidInput("greenfinance.value-missing", "rate", "rate is required: the annual rate in percent.");
        }
        if (cmd.termMonths() < 1 || cmd.termMonths() > TERM_MAX_MONTHS) {
            throw new InvalidInput("greenfinance.term-range", "termMonths", "A loan's term is 1-" + TERM_MAX_MONTHS
                    + " months, not " + cmd.termMonths() + ".");
        }
        apply(new LoanApproved(id, enterprise, bank, cmd.loanId(), cmd.amount(), cmd.rate(), cmd.termMonths(),
                clock.instant()));
    }

    @CommandHandler
    void handle(DeclineCredit cmd, Clock clock) {
        requireBankAsked(cmd.bank());
        requireStatus(CreditStatus.REQUESTED, "declined");
        TextRules.require("greenfinance", cmd.reason(), "reason", REASON_MAX);
        apply(new CreditDeclined(id, enterprise, bank, cmd.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(CloseLoan cmd, Clock clock) {
        requireBankAsked(cmd.bank());
        requireStatus(CreditStatus.APPROVED, "closed");
        apply(new LoanClosed(id, enterprise, bank, loan, clock.instant()));
    }

    @EventSourcingHandler
    void on(CreditRequested e) {
        id = e.creditRequestId();
        enterprise = e.enterprise();
        bank = e.bank();
        amount = e.amount();
        status = CreditStatus.REQUESTED;
    }

    @EventSourcingHandler
    void on(LoanApproved e) {
        status = CreditStatus.APPROVED;
        loan = e.loanId();
    }

    @EventSourcingHandler
    void on(CreditDeclined e) {
        status = CreditStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(LoanClosed e) {
        status = CreditStatus.CLOSED;
    }

    private void requireBankAsked(BankId caller) {
        if (!bank.equals(caller)) {
            throw new Forbidden("greenfinance.not-addressed", "Credit request " + id
                    + " is addressed to another bank; only the bank asked decides it.");
        }
    }

    private void requireStatus(CreditStatus expected, String action) {
        if (status != expected) {
            throw new IllegalTransition("greenfinance.illegal-transition", "Credit request " + id + " is " + status
                    + "; only a " + expected + " one can be " + action + ".");
        }
    }

    private static void requirePositive(Money money, String field) {
        if (money == null) {
            throw new InvalidInput("greenfinance.value-missing", field, field + " is required, in yuan.");
        }
        if (money.fen() <= 0) {
            throw new InvalidInput("greenfinance.amount-not-positive", field, field + " is more than zero, not "
                    + money.toYuan() + ".");
        }
    }
}
