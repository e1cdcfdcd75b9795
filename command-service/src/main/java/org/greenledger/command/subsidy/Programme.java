package org.greenledger.command.subsidy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.contracts.subsidy.AdjustBudget;
import org.greenledger.contracts.subsidy.BudgetAdjusted;
import org.greenledger.contracts.subsidy.FundsGranted;
import org.greenledger.contracts.subsidy.FundsReserved;
import org.greenledger.contracts.subsidy.GrantReduced;
import org.greenledger.contracts.subsidy.OpenProgramme;
import org.greenledger.contracts.subsidy.ProgrammeOpened;
import org.greenledger.contracts.subsidy.PublishRuleSet;
import org.greenledger.contracts.subsidy.ReservationReleased;
import org.greenledger.contracts.subsidy.RuleSetPublished;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountRules;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.InterestRules;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;

/**
 * A funding programme (申报指南) and its budget. The budget is guarded here: every reservation is
 * checked against what is left, under this aggregate's lock and in the commit of the approval
 * that makes it, so concurrent approvals can never commit more than the budget.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTriggerDefinition")
class Programme {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NOTICE_DAYS = 30;
    static final int MAX_TRANCHES = 10;
    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    @AggregateIdentifier
    private ProgrammeId id;
    private Direction direction;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private int noticeDays;
    private Money budget;
    private Money reserved;
    private Money granted;
    private int currentVersion;
    private Map<Integer, RuleSet> ruleSets = new HashMap<>();
    private List<Tranche> tranches;
    private Map<String, Money> reservations = new HashMap<>();
    private Map<String, Money> grants = new HashMap<>();

    protected Programme() {
    }

    @CommandHandler
    Programme(OpenProgramme cmd, Clock clock) {
        if (cmd.year() < MIN_YEAR || cmd.year() > MAX_YEAR) {
            throw new InvalidInput("subsidy.year-range", "year", "year lies in " + MIN_YEAR + "-" + MAX_YEAR + "; "
                    + cmd.year() + " does not.");
        }
        require(cmd.direction(), "direction");
        Texts.require(cmd.title(), "title", Texts.SHORT);
        require(cmd.opensOn(), "opensOn");
        require(cmd.closesOn(), "closesOn");
        if (cmd.closesOn().isBefore(cmd.opensOn())) {
            throw new InvalidInput("subsidy.window-reversed", "closesOn", "The window closes on or after it opens ("
                    + cmd.opensOn() + "); " + cmd.closesOn() + " is before that.");
        }
        require(cmd.budget(), "budgetYuan");
        if (cmd.budget().fen() == 0) {
            throw new InvalidInput("subsidy.budget-zero", "budgetYuan", "A programme opens with a budget above zero.");
        }
        requireTranches(cmd.tranches());
        if (cmd.noticeDays() < 1 || cmd.noticeDays() > MAX_NOTICE_DAYS) {
            throw new InvalidInput("subsidy.notice-days-range", "noticeDays", "The public-notice period is 1-"
                    + MAX_NOTICE_DAYS + " days; " + cmd.noticeDays() + " is not.");
        }
        require(cmd.eligibility(), "eligibility");
        require(cmd.amounts(), "amounts");
        requireInterestRuleFits(cmd.direction(), cmd.amounts(), cmd.interest());
        apply(new ProgrammeOpened(cmd.programmeId(), cmd.year(), cmd.direction(), cmd.title(), cmd.opensOn(),
                cmd.closesOn(), cmd.budget(), cmd.tranches(), cmd.noticeDays(),
                new RuleSet(1, cmd.eligibility(), cmd.amounts(), cmd.interest()), clock.instant()));
    }

    @CommandHandler
    void handle(PublishRuleSet cmd, Clock clock) {
        require(cmd.eligibility(), "eligibility");
        require(cmd.amounts(), "amounts");
        requireInterestRuleFits(direction, cmd.amounts(), cmd.interest());
        Texts.require(cmd.reason(), "reason", Texts.LONG);
        RuleSet current = ruleSets.get(currentVersion);
        if (current.eligibility().equals(cmd.eligibility()) && current.amounts().equals(cmd.amounts())
                && Objects.equals(current.interest(), cmd.interest())) {
            throw new InvalidInput("subsidy.rules-unchanged", "eligibility", "These are the rules of version "
                    + currentVersion + " already; a new version changes something.");
        }
        apply(new RuleSetPublished(id, new RuleSet(currentVersion + 1, cmd.eligibility(), cmd.amounts(), cmd.interest()),
                cmd.reason(),
                clock.instant()));
    }

    /**
     * An interest-subsidy programme (and only one) has an interest rule, and bounds it by a cap per
     * project alone: the saving and investment terms of other programmes have no meaning for a loan.
     */
    private static void requireInterestRuleFits(Direction direction, AmountRules amounts, InterestRules interest) {
        boolean interestProgramme = direction == Direction.INTEREST_SUBSIDY;
        if (interestProgramme && interest == null) {
            throw new InvalidInput("subsidy.interest-rule-missing", "interest", "An interest-subsidy programme gives an "
                    + "interest rule: basis SHARE_OF_INTEREST with sharePercent, or RATE_REDUCTION with reductionPoints.");
        }
        if (!interestProgramme && interest != null) {
            throw new InvalidInput("subsidy.interest-rule-misplaced", "interest", "Only an INTEREST_SUBSIDY programme has "
                    + "an interest rule; this one is " + direction + ".");
        }
        if (interestProgramme && (amounts.ratePerTce() != null || amounts.investmentShare() != null)) {
            throw new InvalidInput("subsidy.interest-amounts", "amounts", "An interest subsidy is bounded by "
                    + "capPerProjectYuan only; ratePerTceYuan and investmentSharePercent do not apply to a loan.");
        }
    }

    @CommandHandler
    void handle(AdjustBudget cmd, Clock clock) {
        require(cmd.budget(), "budgetYuan");
        Texts.require(cmd.reason(), "reason", Texts.LONG);
        if (cmd.budget().equals(budget)) {
            throw new InvalidInput("subsidy.budget-unchanged", "budgetYuan", "The budget is " + budget + " already.");
        }
        Money committed = reserved.plus(granted);
        if (committed.exceeds(cmd.budget())) {
            throw new Refused("subsidy.budget-below-commitments", "Programme " + id + " has " + committed
                    + " reserved and granted; its budget cannot fall below that, to " + cmd.budget() + ".");
        }
        apply(new BudgetAdjusted(id, budget, cmd.budget(), cmd.reason(), clock.instant()));
    }

    /** Called by an approval's handler, through {@link Programmes}, inside its unit of work. */
    void reserve(ApplicationId application, Money amount, Clock clock) {
        if (reservations.containsKey(application.value())) {
            throw new IllegalTransition("subsidy.already-reserved", "Programme " + id + " already holds "
                    + reservations.get(application.value()) + " for application " + application + ".");
        }
        Money remaining = remaining();
        if (amount.exceeds(remaining)) {
            throw new Refused("subsidy.budget-exhausted", "Programme " + id + " has " + remaining
                    + " left, less than the " + amount + " to reserve.");
        }
        apply(new FundsReserved(id, application, amount, remaining.minus(amount), clock.instant()));
    }

    /** Called by an objection's handler, through {@link Programmes}, inside its unit of work. */
    void release(ApplicationId application, Clock clock) {
        Money amount = reservationOf(application);
        apply(new ReservationReleased(id, application, amount, remaining().plus(amount), clock.instant()));
    }

    /** Called by a grant's handler, through {@link Programmes}, inside its unit of work. */
    void grant(ApplicationId application, Clock clock) {
        apply(new FundsGranted(id, application, reservationOf(application), clock.instant()));
    }

    /** Called by acceptance, clawback and recovery handlers, through {@link Programmes}, inside their unit of work. */
    void reduceGrant(ApplicationId application, Money amount, String why, Clock clock) {
        Money grant = grants.get(application.value());
        if (grant == null || amount.exceeds(grant)) {
            throw new IllegalTransition("subsidy.grant-too-small", "Programme " + id + " holds a grant of "
                    + (grant == null ? Money.ZERO : grant) + " for application " + application + ", less than " + amount + ".");
        }
        apply(new GrantReduced(id, application, amount, why, remaining().plus(amount), clock.instant()));
    }

    ProgrammeTerms terms() {
        return new ProgrammeTerms(id, direction, opensOn, closesOn, noticeDays, tranches, currentVersion, ruleSets,
                remaining());
    }

    private Money reservationOf(ApplicationId application) {
        Money amount = reservations.get(application.value());
        if (amount == null) {
            throw new IllegalTransition("subsidy.no-reservation", "Programme " + id + " holds no reservation for application "
                    + application + ".");
        }
        return amount;
    }

    private Money remaining() {
        return budget.minus(reserved).minus(granted);
    }

    @EventSourcingHandler
    void on(ProgrammeOpened e) {
        id = e.programmeId();
        direction = e.direction();
        opensOn = e.opensOn();
        closesOn = e.closesOn();
        noticeDays = e.noticeDays();
        tranches = e.tranches();
        budget = e.budget();
        reserved = Money.ZERO;
        granted = Money.ZERO;
        currentVersion = e.rules().version();
        ruleSets.put(currentVersion, e.rules());
    }

    @EventSourcingHandler
    void on(RuleSetPublished e) {
        currentVersion = e.rules().version();
        ruleSets.put(currentVersion, e.rules());
    }

    @EventSourcingHandler
    void on(BudgetAdjusted e) {
        budget = e.to();
    }

    @EventSourcingHandler
    void on(FundsReserved e) {
        reserved = reserved.plus(e.amount());
        reservations.put(e.applicationId().value(), e.amount());
    }

    @EventSourcingHandler
    void on(ReservationReleased e) {
        reserved = reserved.minus(e.amount());
        reservations.remove(e.applicationId().value());
    }

    @EventSourcingHandler
    void on(FundsGranted e) {
        reserved = reserved.minus(e.amount());
        granted = granted.plus(e.amount());
        reservations.remove(e.applicationId().value());
        grants.put(e.applicationId().value(), e.amount());
    }

    @EventSourcingHandler
    void on(GrantReduced e) {
        granted = granted.minus(e.amount());
        grants.computeIfPresent(e.applicationId().value(), (application, grant) -> grant.minus(e.amount()));
    }

    private static void requireTranches(List<Tranche> tranches) {
        if (tranches == null || tranches.isEmpty() || tranches.size() > MAX_TRANCHES) {
            throw new InvalidInput("subsidy.tranches-count", "tranches", "A tranche plan has 1-" + MAX_TRANCHES + " tranches.");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < tranches.size(); i++) {
            require(tranches.get(i), "tranches[" + i + "]");
            total = total.add(tranches.get(i).share().value());
        }
        if (total.compareTo(WHOLE) != 0) {
            throw new InvalidInput("subsidy.tranches-total", "tranches", "The tranche shares add up to 100%; these add up to "
                    + total.stripTrailingZeros().toPlainString() + "%.");
        }
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInput("subsidy.value-missing", field, field + " is required.");
        }
    }
}
