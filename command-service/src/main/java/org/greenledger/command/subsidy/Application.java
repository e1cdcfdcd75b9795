package org.greenledger.command.subsidy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.contracts.subsidy.AcceptApplication;
import org.greenledger.contracts.subsidy.AcceptanceFailed;
import org.greenledger.contracts.subsidy.AcceptancePassed;
import org.greenledger.contracts.subsidy.ApplicationAccepted;
import org.greenledger.contracts.subsidy.ApplicationApproved;
import org.greenledger.contracts.subsidy.ApplicationClosed;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationFoundIneligible;
import org.greenledger.contracts.subsidy.ApplicationGranted;
import org.greenledger.contracts.subsidy.ApplicationRejected;
import org.greenledger.contracts.subsidy.ApplicationResubmitted;
import org.greenledger.contracts.subsidy.ApplicationReturned;
import org.greenledger.contracts.subsidy.ApplicationScored;
import org.greenledger.contracts.subsidy.ApplicationStatus;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApplicationWithdrawn;
import org.greenledger.contracts.subsidy.ApproveApplication;
import org.greenledger.contracts.subsidy.AssignExperts;
import org.greenledger.contracts.subsidy.ClawbackDecided;
import org.greenledger.contracts.subsidy.ClawbackReason;
import org.greenledger.contracts.subsidy.ClawbackReviewOpened;
import org.greenledger.contracts.subsidy.DecideClawback;
import org.greenledger.contracts.subsidy.DisburseTranche;
import org.greenledger.contracts.subsidy.DraftApplication;
import org.greenledger.contracts.subsidy.DraftEdited;
import org.greenledger.contracts.subsidy.EditDraft;
import org.greenledger.contracts.subsidy.ExpertsAssigned;
import org.greenledger.contracts.subsidy.FlaggedForListingReview;
import org.greenledger.contracts.subsidy.FundsRecovered;
import org.greenledger.contracts.subsidy.GrantApplication;
import org.greenledger.contracts.subsidy.LoanNamed;
import org.greenledger.contracts.subsidy.NameLoan;
import org.greenledger.contracts.subsidy.ObjectionRaised;
import org.greenledger.contracts.subsidy.ProjectDetails;
import org.greenledger.contracts.subsidy.PublicNoticeOpened;
import org.greenledger.contracts.subsidy.RaiseObjection;
import org.greenledger.contracts.subsidy.RecordAcceptance;
import org.greenledger.contracts.subsidy.RecordRecovery;
import org.greenledger.contracts.subsidy.RejectApplication;
import org.greenledger.contracts.subsidy.ReturnForCompletion;
import org.greenledger.contracts.subsidy.ReviewDelisting;
import org.greenledger.contracts.subsidy.ReviewScore;
import org.greenledger.contracts.subsidy.ScoreApplication;
import org.greenledger.contracts.subsidy.SubmitApplication;
import org.greenledger.contracts.subsidy.TrancheDisbursed;
import org.greenledger.contracts.subsidy.WithdrawApplication;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.AmountDecision;
import org.greenledger.kernel.subsidy.AmountInputs;
import org.greenledger.kernel.subsidy.AmountPolicies;
import org.greenledger.kernel.subsidy.ApplicationId;
import org.greenledger.kernel.subsidy.CriterionResult;
import org.greenledger.kernel.subsidy.Direction;
import org.greenledger.kernel.subsidy.EligibilityAssessment;
import org.greenledger.kernel.subsidy.EligibilityFacts;
import org.greenledger.kernel.subsidy.EligibilityPolicies;
import org.greenledger.kernel.subsidy.EligibilityRules;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.InterestInputs;
import org.greenledger.kernel.subsidy.InterestPolicies;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.kernel.subsidy.Tranche;
import org.greenledger.kernel.subsidy.TrancheRelease;

/**
 * A subsidy application from draft to decision (DOMAIN: special-fund subsidy applications).
 * Ownership is checked before state, so another enterprise or an unassigned expert learns
 * nothing about the application. Eligibility and amount come from the kernel's versioned
 * policies; everything they were computed from goes into the event.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTriggerDefinition")
class Application {

    static final int MIN_EXPERTS = 3;
    static final int MAX_EXPERTS = 15;
    static final int MAX_CRITERIA = 20;
    /** A clawback for fraud bars the enterprise from applying for three years (issue 6, DOMAIN). */
    static final int FRAUD_BAR_YEARS = 3;
    static final Set<ApplicationStatus> PENDING = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED,
            ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED);
    static final Set<ApplicationStatus> GRANTED = EnumSet.of(ApplicationStatus.GRANTED, ApplicationStatus.ACCEPTANCE_PASSED,
            ApplicationStatus.CLOSED);

    @AggregateIdentifier
    private ApplicationId id;
    private ProgrammeId programmeId;
    private Uscc applicant;
    private ProjectDetails project;
    private ApplicationStatus status;
    private int ruleSetVersion;
    private Money amount;
    private LocalDate noticeLastDay;
    private AmountDecision computed;
    private Money finalGrant;
    private Map<Integer, Money> disbursed = new HashMap<>();
    private Money clawedBack;
    private Money recovered = Money.ZERO;
    private Set<ExpertId> experts = new LinkedHashSet<>();
    private Set<ExpertId> scored = new HashSet<>();
    private Set<EntryId> delistingsReviewed = new HashSet<>();
    private LoanNamed loan;

    protected Application() {
    }

    @CommandHandler
    Application(DraftApplication cmd, Programmes programmes, Clock clock) {
        if (cmd.applicant() == null) {
            throw new InvalidInput("subsidy.value-missing", "applicant", "The applicant is required.");
        }
        if (cmd.programmeId() == null) {
            throw new InvalidInput("subsidy.value-missing", "programmeId", "programmeId is required.");
        }
        ProgrammeTerms programme = programmes.find(cmd.programmeId()).orElseThrow(() ->
                new Refused("subsidy.programme-not-found", "There is no programme " + cmd.programmeId() + "."));
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(programme.closesOn())) {
            throw new Refused("subsidy.window-closed", "Programme " + programme.id() + " closed for applications on "
                    + programme.closesOn() + ".");
        }
        requireDraftable(cmd.project());
        apply(new ApplicationDrafted(cmd.applicationId(), cmd.programmeId(), cmd.applicant(), cmd.project(), clock.instant()));
    }

    @CommandHandler
    void handle(EditDraft cmd, Clock clock) {
        requireApplicant(cmd.applicant());
        requireStatus("edited", ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
        requireDraftable(cmd.project());
        apply(new DraftEdited(id, cmd.project(), clock.instant()));
    }

    /**
     * Under an interest-subsidy programme the applicant names its approved green loan, its own and
     * still open; the amount will follow that loan's terms. Named again, the later loan stands.
     */
    @CommandHandler
    void handle(NameLoan cmd, Programmes programmes, Loans loans, Clock clock) {
        requireApplicant(cmd.applicant());
        requireStatus("given a loan", ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
        if (programme(programmes).direction() != Direction.INTEREST_SUBSIDY) {
            throw new InvalidInput("subsidy.not-interest-programme", "creditRequestId", "Programme " + programmeId
                    + " is not an interest-subsidy programme; only those take a loan.");
        }
        if (cmd.creditRequestId() == null) {
            throw new InvalidInput("subsidy.value-missing", "creditRequestId", "creditRequestId is required: the credit "
                    + "request the loan was approved on.");
        }
        ApplicantFactsProjection.Loan found = loans.find(cmd.creditRequestId())
                .filter(candidate -> candidate.borrower().equals(applicant))
                .orElseThrow(() -> new InvalidInput("subsidy.loan-unknown", "creditRequestId", "There is no approved loan "
                        + "of yours on credit request " + cmd.creditRequestId() + "."));
        if (!found.open()) {
            throw new InvalidInput("subsidy.loan-closed", "creditRequestId", "Loan " + found.loanId() + " is closed; an "
                    + "interest subsidy is for an open loan.");
        }
        apply(new LoanNamed(id, cmd.creditRequestId(), found.bank(), found.loanId(), found.principal(), found.rate(),
                found.termMonths(), clock.instant()));
    }

    @EventSourcingHandler
    void on(LoanNamed e) {
        loan = e;
    }

    /** A first submission falls in the window and under the rules in force; a resubmission keeps its version. */
    @CommandHandler
    void handle(SubmitApplication cmd, Programmes programmes, Clock clock) {
        requireApplicant(cmd.applicant());
        requireStatus("submitted", ApplicationStatus.DRAFT, ApplicationStatus.RETURNED);
        requireComplete(project);
        if (status == ApplicationStatus.RETURNED) {
            apply(new ApplicationResubmitted(id, clock.instant()));
            return;
        }
        ProgrammeTerms programme = programme(programmes);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(programme.opensOn()) || today.isAfter(programme.closesOn())) {
            throw new Refused("subsidy.outside-window", "Programme " + programmeId + " takes applications from "
                    + programme.opensOn() + " to " + programme.closesOn() + "; today is " + today + ".");
        }
        if (programme.direction() == Direction.INTEREST_SUBSIDY && loan == null) {
            throw new Refused("subsidy.loan-missing", "An interest-subsidy application names its approved loan before "
                    + "it is submitted (PUT .../loan with the creditRequestId).");
        }
        apply(new ApplicationSubmitted(id, programmeId, applicant, programme.currentVersion(), clock.instant()));
    }

    @CommandHandler
    void handle(WithdrawApplication cmd, Clock clock) {
        requireApplicant(cmd.applicant());
        requireStatus("withdrawn", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED,
                ApplicationStatus.UNDER_REVIEW);
        Texts.require(cmd.reason(), "reason", Texts.LONG);
        apply(new ApplicationWithdrawn(id, cmd.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(ReturnForCompletion cmd, Clock clock) {
        requireStatus("returned for completion", ApplicationStatus.SUBMITTED);
        Texts.requireList(cmd.missingItems(), "missingItems", Texts.SHORT);
        apply(new ApplicationReturned(id, cmd.missingItems(), clock.instant()));
    }

    @CommandHandler
    void handle(AcceptApplication cmd, Programmes programmes, ApplicantFacts applicantFacts, Clock clock) {
        requireStatus("accepted", ApplicationStatus.SUBMITTED);
        RuleSet rules = programme(programmes).ruleSet(ruleSetVersion);
        EligibilityFacts facts = applicantFacts.of(applicant, project.key(), id, LocalDate.now(clock));
        EligibilityAssessment assessment = EligibilityPolicies.current().assess(facts, rules.eligibility(), project.category());
        if (assessment.eligible()) {
            apply(new ApplicationAccepted(id, ruleSetVersion, facts, rules.eligibility(), project.category(), assessment,
                    clock.instant()));
        } else {
            apply(new ApplicationFoundIneligible(id, ruleSetVersion, facts, rules.eligibility(), project.category(),
                    assessment, clock.instant()));
        }
    }

    @CommandHandler
    void handle(AssignExperts cmd, ExpertRecords roster, Clock clock) {
        requireStatus("given experts", ApplicationStatus.UNDER_REVIEW);
        List<ExpertId> added = cmd.experts();
        if (added == null || added.isEmpty() || added.stream().distinct().count() != added.size()) {
            throw new InvalidInput("subsidy.experts-list", "experts", "experts lists one or more different experts.");
        }
        for (int i = 0; i < added.size(); i++) {
            ExpertId expert = added.get(i);
            if (experts.contains(expert)) {
                throw new InvalidInput("subsidy.expert-already-assigned", "experts[" + i + "]", "Expert " + expert
                        + " is already assigned to application " + id + ".");
            }
            ExpertRecords.OnRoster onRoster = roster.find(expert).orElseThrow(() -> new Refused(
                    "subsidy.expert-not-registered", "Expert " + expert + " is not on the expert roster."));
            if (onRoster.affiliations().contains(applicant)) {
                throw new Refused("subsidy.conflict-of-interest", "Expert " + expert + " declared ties with the applicant "
                        + applicant + " and cannot review its application.");
            }
        }
        int total = experts.size() + added.size();
        if (total < MIN_EXPERTS || total > MAX_EXPERTS) {
            throw new InvalidInput("subsidy.experts-count", "experts", "An application is reviewed by " + MIN_EXPERTS + "-"
                    + MAX_EXPERTS + " experts; this would make " + total + ".");
        }
        apply(new ExpertsAssigned(id, added, clock.instant()));
    }

    @CommandHandler
    void handle(ScoreApplication cmd, Clock clock) {
        if (cmd.expert() == null || !experts.contains(cmd.expert())) {
            throw new Forbidden("subsidy.expert-not-assigned", "Expert " + cmd.expert()
                    + " is not assigned to application " + id + "; an expert scores only the applications assigned to them.");
        }
        requireStatus("scored", ApplicationStatus.UNDER_REVIEW);
        if (scored.contains(cmd.expert())) {
            throw new IllegalTransition("subsidy.already-scored", "Expert " + cmd.expert() + " has scored application "
                    + id + " already; a score is given once.");
        }
        requireScores(cmd.scores());
        Texts.require(cmd.comment(), "comment", Texts.LONG);
        apply(new ApplicationScored(id, cmd.expert(), cmd.scores(), cmd.comment(), clock.instant()));
    }

    /**
     * Eligibility is assessed again from today's facts (an applicant may have been flagged since
     * acceptance); the amount is computed against what the programme has left now, and reserved
     * in the same commit.
     */
    @CommandHandler
    void handle(ApproveApplication cmd, Programmes programmes, ApplicantFacts applicantFacts, Clock clock) {
        requireDecidable();
        Texts.requireList(cmd.reasons(), "reasons", Texts.LONG);
        ProgrammeTerms programme = programme(programmes);
        RuleSet rules = programme.ruleSet(ruleSetVersion);
        EligibilityFacts facts = applicantFacts.of(applicant, project.key(), id, LocalDate.now(clock));
        EligibilityAssessment eligibility = EligibilityPolicies.current().assess(facts, rules.eligibility(), project.category());
        if (!eligibility.eligible()) {
            throw new Refused("subsidy.no-longer-eligible", "The applicant is no longer eligible: " + String.join("; ",
                    eligibility.failures().stream().map(CriterionResult::reason).toList()) + ". Reject the application instead.");
        }
        AmountInputs inputs = new AmountInputs(project.eligibleInvestment(), project.annualSaving(), rules.amounts(),
                programme.remaining());
        AmountDecision computed = rules.interest() == null ? AmountPolicies.current().decide(inputs)
                : InterestPolicies.current().decide(interestInputs(rules, programme.remaining()));
        Money granted = grantedAmount(cmd, computed);
        apply(new ApplicationApproved(id, programmeId, ruleSetVersion, facts, rules.eligibility(), project.category(),
                eligibility, inputs, computed, granted, cmd.reductionReason(), cmd.reasons(), clock.instant()));
        apply(new PublicNoticeOpened(id, LocalDate.now(clock).plusDays(programme.noticeDays()), clock.instant()));
        programmes.reserve(programmeId, id, granted);
    }

    /** Inside the notice: the applicant or an official objects, and the review reopens. */
    @CommandHandler
    void handle(RaiseObjection cmd, Programmes programmes, Clock clock) {
        if (cmd.objector() != null) {
            requireApplicant(cmd.objector());
        }
        requireStatus("objected to", ApplicationStatus.APPROVED);
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(noticeLastDay)) {
            throw new Refused("subsidy.notice-over", "The public notice of application " + id + " ended on " + noticeLastDay
                    + "; an objection is raised inside it.");
        }
        Texts.requireList(cmd.reasons(), "reasons", Texts.LONG);
        apply(new ObjectionRaised(id, cmd.reasons(), clock.instant()));
        programmes.release(programmeId, id);
    }

    /** The notice deadline's command: once the last day of the notice is over, the approval is granted. */
    @CommandHandler
    void handle(GrantApplication cmd, Programmes programmes, Clock clock) {
        requireStatus("granted", ApplicationStatus.APPROVED);
        if (!LocalDate.now(clock).isAfter(noticeLastDay)) {
            throw new Refused("subsidy.notice-running", "The public notice of application " + id + " runs until "
                    + noticeLastDay + "; it is granted after that.");
        }
        apply(new ApplicationGranted(id, programmeId, amount, clock.instant()));
        programmes.grant(programmeId, id);
    }

    /**
     * A tranche is paid once its moment has come: on grant, or after a passed acceptance check. Each
     * is its share of the grant (after acceptance, of the final grant), rounded down to the fen; the
     * last one due takes what is left, so the tranches add up to the grant exactly and never exceed it.
     */
    @CommandHandler
    void handle(DisburseTranche cmd, Programmes programmes, Clock clock) {
        requireStatus("paid out", ApplicationStatus.GRANTED, ApplicationStatus.ACCEPTANCE_PASSED);
        List<Tranche> plan = programme(programmes).tranches();
        if (cmd.tranche() < 0 || cmd.tranche() >= plan.size()) {
            throw new InvalidInput("subsidy.tranche-unknown", "tranche", "The tranche plan has tranches 0-" + (plan.size() - 1)
                    + "; there is no tranche " + cmd.tranche() + ".");
        }
        if (disbursed.containsKey(cmd.tranche())) {
            throw new IllegalTransition("subsidy.tranche-paid", "Tranche " + cmd.tranche() + " of application " + id
                    + " was paid already (" + disbursed.get(cmd.tranche()) + ").");
        }
        Tranche tranche = plan.get(cmd.tranche());
        if (tranche.release() == TrancheRelease.ON_ACCEPTANCE && status != ApplicationStatus.ACCEPTANCE_PASSED) {
            throw new Refused("subsidy.tranche-not-released", "Tranche " + cmd.tranche() + " is released on a passed "
                    + "acceptance check; application " + id + " has none yet.");
        }
        Texts.require(cmd.paymentReference(), "paymentReference", Texts.SHORT);
        Money base = finalGrant != null ? finalGrant : amount;
        Money paid = totalDisbursed();
        Money left = base.exceeds(paid) ? base.minus(paid) : Money.ZERO;
        boolean lastDue = disbursed.size() == plan.size() - 1;
        Money due = lastDue ? left : base.times(tranche.share().value().movePointLeft(2)).min(left);
        if (due.fen() == 0) {
            throw new Refused("subsidy.nothing-to-disburse", "Nothing is left to pay on application " + id + ": " + paid
                    + " of " + base + " paid.");
        }
        apply(new TrancheDisbursed(id, programmeId, cmd.tranche(), due, cmd.paymentReference(), clock.instant()));
        if (lastDue && status == ApplicationStatus.ACCEPTANCE_PASSED) {
            apply(new ApplicationClosed(id, paid.plus(due), clock.instant()));
        }
    }

    /**
     * A pass recomputes the grant from the verified saving under the same rule version and policy,
     * with the grant itself as the budget term, so it can only go down; what it goes down by returns
     * to the programme. A fail opens a clawback review.
     */
    @CommandHandler
    void handle(RecordAcceptance cmd, Programmes programmes, Clock clock) {
        requireStatus("checked for acceptance", ApplicationStatus.GRANTED);
        if (cmd.verifiedSaving() == null) {
            throw new InvalidInput("subsidy.value-missing", "verifiedSavingTce", "verifiedSavingTce is required.");
        }
        Texts.require(cmd.reportReference(), "reportReference", Texts.SHORT);
        if (!cmd.passed()) {
            apply(new AcceptanceFailed(id, cmd.verifiedSaving(), cmd.reportReference(), clock.instant()));
            return;
        }
        RuleSet rules = programme(programmes).ruleSet(ruleSetVersion);
        // an interest subsidy follows its loan, which a verified saving does not change
        AmountDecision recomputed = InterestPolicies.released(computed.policy())
                ? InterestPolicies.byVersion(computed.policy()).decide(interestInputs(rules, amount))
                : AmountPolicies.byVersion(computed.policy()).decide(new AmountInputs(project.eligibleInvestment(),
                        cmd.verifiedSaving(), rules.amounts(), amount));
        Money reduced = amount.min(recomputed.amount());
        apply(new AcceptancePassed(id, cmd.verifiedSaving(), recomputed, reduced, cmd.reportReference(), clock.instant()));
        if (reduced.compareTo(amount) < 0) {
            programmes.reduceGrant(programmeId, id, amount.minus(reduced), "ACCEPTANCE");
        }
    }

    /** What was paid may be reclaimed; what was not yet paid returns to the programme at once. */
    @CommandHandler
    void handle(DecideClawback cmd, Programmes programmes, Clock clock) {
        requireStatus("clawed back", ApplicationStatus.GRANTED, ApplicationStatus.ACCEPTANCE_PASSED,
                ApplicationStatus.CLAWBACK_REVIEW, ApplicationStatus.CLOSED);
        if (cmd.reason() == null) {
            throw new InvalidInput("subsidy.value-missing", "reason", "A clawback names its reason: FRAUD, FAILED_ACCEPTANCE, "
                    + "DELISTED_FOR_CAUSE or MISUSE.");
        }
        if (cmd.amount() == null) {
            throw new InvalidInput("subsidy.value-missing", "amountYuan", "amountYuan is required (0 when nothing was paid).");
        }
        Money paid = totalDisbursed();
        if (cmd.amount().exceeds(paid)) {
            throw new InvalidInput("subsidy.clawback-above-paid", "amountYuan", cmd.amount() + " is more than the " + paid
                    + " paid on application " + id + ".");
        }
        Texts.require(cmd.explanation(), "explanation", Texts.LONG);
        Money grant = finalGrant != null ? finalGrant : amount;
        Money released = grant.exceeds(paid) ? grant.minus(paid) : Money.ZERO;
        LocalDate barredUntil = cmd.reason() == ClawbackReason.FRAUD ? LocalDate.now(clock).plusYears(FRAUD_BAR_YEARS) : null;
        apply(new ClawbackDecided(id, programmeId, cmd.reason(), cmd.amount(), released, cmd.explanation(), barredUntil,
                clock.instant()));
        if (released.fen() > 0) {
            programmes.reduceGrant(programmeId, id, released, "CLAWBACK");
        }
    }

    @CommandHandler
    void handle(RecordRecovery cmd, Programmes programmes, Clock clock) {
        requireStatus("credited with a recovery", ApplicationStatus.CLAWED_BACK);
        if (cmd.amount() == null || cmd.amount().fen() == 0) {
            throw new InvalidInput("subsidy.value-missing", "amountYuan", "amountYuan is required and above zero.");
        }
        Money open = clawedBack.minus(recovered);
        if (cmd.amount().exceeds(open)) {
            throw new InvalidInput("subsidy.recovery-above-due", "amountYuan", cmd.amount() + " is more than the " + open
                    + " still to be repaid on application " + id + ".");
        }
        Texts.require(cmd.paymentReference(), "paymentReference", Texts.SHORT);
        apply(new FundsRecovered(id, programmeId, cmd.amount(), cmd.paymentReference(), clock.instant()));
        programmes.reduceGrant(programmeId, id, cmd.amount(), "RECOVERY");
    }

    @CommandHandler
    void handle(RejectApplication cmd, Clock clock) {
        requireDecidable();
        Texts.requireList(cmd.reasons(), "reasons", Texts.LONG);
        apply(new ApplicationRejected(id, cmd.reasons(), clock.instant()));
    }

    /**
     * The applicant left the green list. It matters only where this application's rule set requires
     * the listing in the entry's category: a pending application is flagged for the official's
     * review; a granted one gets a clawback review when the removal was for cause. Anything else,
     * or an entry already reviewed, records nothing.
     */
    @CommandHandler
    void handle(ReviewDelisting cmd, Programmes programmes, Clock clock) {
        if (status == ApplicationStatus.DRAFT || delistingsReviewed.contains(cmd.entryId())) {
            return;
        }
        EligibilityRules rules = programme(programmes).ruleSet(ruleSetVersion).eligibility();
        boolean dependsOnIt = rules.greenListRequired()
                && (rules.greenListCategories().isEmpty() || rules.greenListCategories().contains(cmd.category()));
        if (!dependsOnIt) {
            return;
        }
        if (PENDING.contains(status)) {
            apply(new FlaggedForListingReview(id, cmd.entryId(), cmd.reason(), cmd.effectiveFrom(), clock.instant()));
        } else if (GRANTED.contains(status) && cmd.reason().forCause()) {
            apply(new ClawbackReviewOpened(id, cmd.entryId(), cmd.reason(), cmd.effectiveFrom(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(FlaggedForListingReview e) {
        delistingsReviewed.add(e.entryId());
    }

    @EventSourcingHandler
    void on(ClawbackReviewOpened e) {
        delistingsReviewed.add(e.entryId());
    }

    @EventSourcingHandler
    void on(ApplicationDrafted e) {
        id = e.applicationId();
        programmeId = e.programmeId();
        applicant = e.applicant();
        project = e.project();
        status = ApplicationStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(DraftEdited e) {
        project = e.project();
    }

    @EventSourcingHandler
    void on(ApplicationSubmitted e) {
        status = ApplicationStatus.SUBMITTED;
        ruleSetVersion = e.ruleSetVersion();
    }

    @EventSourcingHandler
    void on(ApplicationResubmitted e) {
        status = ApplicationStatus.SUBMITTED;
    }

    @EventSourcingHandler
    void on(ApplicationWithdrawn e) {
        status = ApplicationStatus.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(ApplicationReturned e) {
        status = ApplicationStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ApplicationAccepted e) {
        status = ApplicationStatus.UNDER_REVIEW;
    }

    @EventSourcingHandler
    void on(ApplicationFoundIneligible e) {
        status = ApplicationStatus.INELIGIBLE;
    }

    @EventSourcingHandler
    void on(ExpertsAssigned e) {
        experts.addAll(e.experts());
    }

    @EventSourcingHandler
    void on(ApplicationScored e) {
        scored.add(e.expert());
    }

    @EventSourcingHandler
    void on(ApplicationApproved e) {
        status = ApplicationStatus.APPROVED;
        amount = e.amount();
        computed = e.computed();
    }

    @EventSourcingHandler
    void on(TrancheDisbursed e) {
        disbursed.put(e.tranche(), e.amount());
    }

    @EventSourcingHandler
    void on(AcceptancePassed e) {
        status = ApplicationStatus.ACCEPTANCE_PASSED;
        finalGrant = e.finalGrant();
    }

    @EventSourcingHandler
    void on(AcceptanceFailed e) {
        status = ApplicationStatus.CLAWBACK_REVIEW;
    }

    @EventSourcingHandler
    void on(ClawbackDecided e) {
        status = ApplicationStatus.CLAWED_BACK;
        clawedBack = e.amount();
    }

    @EventSourcingHandler
    void on(FundsRecovered e) {
        recovered = recovered.plus(e.amount());
    }

    @EventSourcingHandler
    void on(ApplicationClosed e) {
        status = ApplicationStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(PublicNoticeOpened e) {
        noticeLastDay = e.lastDay();
    }

    @EventSourcingHandler
    void on(ObjectionRaised e) {
        status = ApplicationStatus.UNDER_REVIEW;
        amount = null;
        noticeLastDay = null;
    }

    @EventSourcingHandler
    void on(ApplicationGranted e) {
        status = ApplicationStatus.GRANTED;
    }

    @EventSourcingHandler
    void on(ApplicationRejected e) {
        status = ApplicationStatus.REJECTED;
    }

    private InterestInputs interestInputs(RuleSet rules, Money remaining) {
        return new InterestInputs(loan.principal(), loan.rate(), loan.termMonths(), rules.interest(),
                rules.amounts().capPerProject(), remaining);
    }

    private Money totalDisbursed() {
        return disbursed.values().stream().reduce(Money.ZERO, Money::plus);
    }

    private ProgrammeTerms programme(Programmes programmes) {
        return programmes.find(programmeId).orElseThrow(() ->
                new NotFound("subsidy.programme-not-found", "There is no programme " + programmeId + "."));
    }

    /** The computed amount, or less with a reason; never more, and never nothing. */
    private static Money grantedAmount(ApproveApplication cmd, AmountDecision computed) {
        Money amount = cmd.amount() == null ? computed.amount() : cmd.amount();
        if (amount.exceeds(computed.amount())) {
            throw new InvalidInput("subsidy.amount-above-computed", "amountYuan", amount + " is more than the " + computed.amount()
                    + " the rule set allows (bound by " + computed.binding() + "); an official may grant less, never more.");
        }
        boolean reduced = amount.compareTo(computed.amount()) < 0;
        if (reduced) {
            Texts.require(cmd.reductionReason(), "reductionReason", Texts.LONG);
        } else if (cmd.reductionReason() != null) {
            throw new InvalidInput("subsidy.reduction-reason-without-reduction", "reductionReason",
                    "reductionReason belongs to an amount below the computed " + computed.amount() + " only.");
        }
        if (amount.fen() == 0) {
            throw new Refused("subsidy.nothing-to-grant", "The amount would be " + amount + " (bound by "
                    + computed.binding() + "); reject the application instead.");
        }
        return amount;
    }

    private void requireDecidable() {
        requireStatus("decided", ApplicationStatus.UNDER_REVIEW);
        if (experts.size() < MIN_EXPERTS || !scored.containsAll(experts)) {
            List<ExpertId> waiting = new ArrayList<>(experts);
            waiting.removeAll(scored);
            throw new IllegalTransition("subsidy.review-incomplete", "Application " + id + " has " + scored.size()
                    + " of " + Math.max(MIN_EXPERTS, experts.size()) + " expert scores" + (waiting.isEmpty() ? ""
                    : " (waiting for " + String.join(", ", waiting.stream().map(ExpertId::value).toList()) + ")")
                    + "; it is decided once every assigned expert, at least " + MIN_EXPERTS + ", has scored it.");
        }
    }

    private void requireApplicant(Uscc caller) {
        if (!applicant.equals(caller)) {
            throw new Forbidden("subsidy.not-own-application", "Application " + id
                    + " belongs to another enterprise; an enterprise acts on its own applications only.");
        }
    }

    private void requireStatus(String action, ApplicationStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(s -> s == status)) {
            throw new IllegalTransition("subsidy.illegal-transition", "Application " + id + " is " + status
                    + "; only an application that is " + String.join(" or ", Arrays.stream(allowed).map(Enum::name).toList())
                    + " can be " + action + ".");
        }
    }

    /** A draft names its project; what else it says must be well formed, not yet complete. */
    private static void requireDraftable(ProjectDetails project) {
        if (project == null) {
            throw new InvalidInput("subsidy.value-missing", "project", "The project is required.");
        }
        Texts.require(project.name(), "name", Texts.SHORT);
        if (project.description() != null) {
            Texts.require(project.description(), "description", Texts.LONG);
        }
        if (project.documents() != null) {
            if (project.documents().size() > Texts.MAX_ITEMS) {
                throw new InvalidInput("subsidy.list-size", "documents", "documents holds at most " + Texts.MAX_ITEMS + " items.");
            }
            for (int i = 0; i < project.documents().size(); i++) {
                Texts.require(project.documents().get(i), "documents[" + i + "]", Texts.SHORT);
            }
        }
    }

    /** The completeness a submission needs; the first missing field is named, all of them listed. */
    private void requireComplete(ProjectDetails project) {
        List<String> missing = new ArrayList<>();
        if (project.description() == null) {
            missing.add("description");
        }
        if (project.eligibleInvestment() == null || project.eligibleInvestment().fen() == 0) {
            missing.add("eligibleInvestmentYuan");
        }
        if (project.annualSaving() == null) {
            missing.add("annualSavingTce");
        }
        if (project.co2Reduction() == null) {
            missing.add("co2ReductionTonnes");
        }
        if (project.category() == null) {
            missing.add("category");
        }
        if (project.documents() == null || project.documents().isEmpty()) {
            missing.add("documents");
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput("subsidy.incomplete", missing.get(0), "Application " + id + " is not complete: "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " still missing.");
        }
    }

    private static void requireScores(List<ReviewScore> scores) {
        if (scores == null || scores.isEmpty() || scores.size() > MAX_CRITERIA) {
            throw new InvalidInput("subsidy.scores-count", "scores", "A review scores 1-" + MAX_CRITERIA + " criteria.");
        }
        Set<String> criteria = new HashSet<>();
        for (int i = 0; i < scores.size(); i++) {
            ReviewScore score = scores.get(i);
            Texts.require(score.criterion(), "scores[" + i + "].criterion", Texts.SHORT);
            if (!criteria.add(score.criterion().strip())) {
                throw new InvalidInput("subsidy.criterion-twice", "scores[" + i + "].criterion", "Criterion '"
                        + score.criterion() + "' is scored twice.");
            }
            if (score.points() < 0 || score.points() > 100) {
                throw new InvalidInput("subsidy.points-range", "scores[" + i + "].points", "Points are 0-100; "
                        + score.points() + " is not.");
            }
        }
    }
}
