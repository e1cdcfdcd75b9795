package org.greenledger.query.subsidy;

import static org.greenledger.query.JsonRecords.RECORD;
import static org.greenledger.query.subsidy.SubsidyDocuments.APPLICANT;
import static org.greenledger.query.subsidy.SubsidyDocuments.DRAFTED_AT;
import static org.greenledger.query.subsidy.SubsidyDocuments.EXPERTS;
import static org.greenledger.query.subsidy.SubsidyDocuments.ID;
import static org.greenledger.query.subsidy.SubsidyDocuments.POSITION;
import static org.greenledger.query.subsidy.SubsidyDocuments.PROGRAMME;
import static org.greenledger.query.subsidy.SubsidyDocuments.STATUS;
import static org.greenledger.query.subsidy.SubsidyDocuments.YEAR;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.greenledger.contracts.greenfinance.LoanTerms;
import org.greenledger.contracts.subsidy.AcceptanceFailed;
import org.greenledger.contracts.subsidy.AcceptancePassed;
import org.greenledger.contracts.subsidy.ApplicationAccepted;
import org.greenledger.contracts.subsidy.ApplicationApproved;
import org.greenledger.contracts.subsidy.ApplicationClosed;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationFoundIneligible;
import org.greenledger.contracts.subsidy.ApplicationGranted;
import org.greenledger.contracts.subsidy.ApplicationRecord;
import org.greenledger.contracts.subsidy.ApplicationRejected;
import org.greenledger.contracts.subsidy.ApplicationResubmitted;
import org.greenledger.contracts.subsidy.ApplicationReturned;
import org.greenledger.contracts.subsidy.ApplicationScored;
import org.greenledger.contracts.subsidy.ApplicationStatus;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApplicationSummary;
import org.greenledger.contracts.subsidy.ApplicationWithdrawn;
import org.greenledger.contracts.subsidy.BudgetAdjusted;
import org.greenledger.contracts.subsidy.ClawbackDecided;
import org.greenledger.contracts.subsidy.ClawbackReviewOpened;
import org.greenledger.contracts.subsidy.DecisionRecord;
import org.greenledger.contracts.subsidy.DraftEdited;
import org.greenledger.contracts.subsidy.ExpertReview;
import org.greenledger.contracts.subsidy.ExpertsAssigned;
import org.greenledger.contracts.subsidy.FlaggedForListingReview;
import org.greenledger.contracts.subsidy.FundsGranted;
import org.greenledger.contracts.subsidy.FundsRecovered;
import org.greenledger.contracts.subsidy.FundsReserved;
import org.greenledger.contracts.subsidy.GrantReduced;
import org.greenledger.contracts.subsidy.LoanNamed;
import org.greenledger.contracts.subsidy.ObjectionRaised;
import org.greenledger.contracts.subsidy.ProgrammeLedger;
import org.greenledger.contracts.subsidy.ProgrammeOpened;
import org.greenledger.contracts.subsidy.ProjectDetails;
import org.greenledger.contracts.subsidy.PublicNoticeOpened;
import org.greenledger.contracts.subsidy.ReservationReleased;
import org.greenledger.contracts.subsidy.RuleSetPublished;
import org.greenledger.contracts.subsidy.TimelineLine;
import org.greenledger.contracts.subsidy.TrancheDisbursed;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ExpertId;
import org.greenledger.kernel.subsidy.ProgrammeId;
import org.greenledger.kernel.subsidy.RuleSet;
import org.greenledger.platform.messaging.MetaDataKeys;
import org.greenledger.query.JsonRecords;

/**
 * Keeps the programme ledgers and the applications, with their timelines and decisions, in one
 * processing group, so an application's decision always finds its programme's rule sets. A
 * document changes only for an event past its {@code position}: replays and redeliveries leave
 * the read models as they were.
 */
@ProcessingGroup(SubsidyProjection.PROCESSING_GROUP)
class SubsidyProjection {

    static final String PROCESSING_GROUP = "subsidy";

    private final MongoCollection<Document> programmes;
    private final MongoCollection<Document> applications;

    SubsidyProjection(MongoCollection<Document> programmes, MongoCollection<Document> applications) {
        this.programmes = programmes;
        this.applications = applications;
    }

    @EventHandler
    void on(ProgrammeOpened e, TrackingToken token) {
        long position = position(token);
        if (stored(programmes, e.programmeId().value()) != null) {
            return;
        }
        ProgrammeLedger ledger = new ProgrammeLedger(e.programmeId(), e.year(), e.direction(), e.title(), e.opensOn(),
                e.closesOn(), e.noticeDays(), e.tranches(), List.of(e.rules()), e.budget(), Money.ZERO, Money.ZERO, Money.ZERO,
                Money.ZERO, e.budget(), position);
        programmes.replaceOne(new Document(ID, e.programmeId().value()), programmeDocument(ledger),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(RuleSetPublished e, TrackingToken token) {
        changeProgramme(e.programmeId(), token, l -> {
            List<RuleSet> ruleSets = new ArrayList<>(l.ruleSets());
            ruleSets.add(e.rules());
            return ledger(l, ruleSets, l.budget(), l.reserved(), l.position());
        });
    }

    @EventHandler
    void on(BudgetAdjusted e, TrackingToken token) {
        changeProgramme(e.programmeId(), token, l -> ledger(l, l.ruleSets(), e.to(), l.reserved(), l.position()));
    }

    @EventHandler
    void on(FundsReserved e, TrackingToken token) {
        changeProgramme(e.programmeId(), token, l -> ledger(l, l.ruleSets(), l.budget(), l.reserved().plus(e.amount()),
                l.position()));
    }

    @EventHandler
    void on(ReservationReleased e, TrackingToken token) {
        changeProgramme(e.programmeId(), token, l -> ledger(l, l.ruleSets(), l.budget(), l.reserved().minus(e.amount()),
                l.position()));
    }

    @EventHandler
    void on(FundsGranted e, TrackingToken token) {
        changeProgramme(e.programmeId(), token, l -> ledger(withFigures(l, l.granted().plus(e.amount()), l.disbursed(),
                l.recovered()), l.ruleSets(), l.budget(), l.reserved().minus(e.amount()), l.position()));
    }

    @EventHandler
    void on(GrantReduced e, TrackingToken token) {
        changeProgramme(e.programmeId(), token, l -> ledger(withFigures(l, l.granted().minus(e.amount()), l.disbursed(),
                l.recovered()), l.ruleSets(), l.budget(), l.reserved(), l.position()));
    }

    @EventHandler
    void on(TrancheDisbursed e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeProgramme(e.programmeId(), token, l -> withFigures(l, l.granted(), l.disbursed().plus(e.amount()), l.recovered()));
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "TrancheDisbursed", e.disbursedAt(),
                by, role, "tranche " + e.tranche() + ": " + e.amount() + " (" + e.paymentReference() + ")", s -> s));
    }

    @EventHandler
    void on(FundsRecovered e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeProgramme(e.programmeId(), token, l -> withFigures(l, l.granted(), l.disbursed(), l.recovered().plus(e.amount())));
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "FundsRecovered", e.recoveredAt(),
                by, role, e.amount() + " (" + e.paymentReference() + ")",
                s -> s.owed() == null ? s : owed(s, e.amount().exceeds(s.owed()) ? Money.ZERO : s.owed().minus(e.amount()))));
    }

    @EventHandler
    void on(AcceptancePassed e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "AcceptancePassed", e.passedAt(), by,
                role, "verified " + e.verifiedSaving() + "; final grant " + e.finalGrant(),
                s -> status(s, ApplicationStatus.ACCEPTANCE_PASSED, s.ruleSetVersion())));
    }

    @EventHandler
    void on(AcceptanceFailed e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "AcceptanceFailed", e.failedAt(), by,
                role, "verified " + e.verifiedSaving(), s -> status(s, ApplicationStatus.CLAWBACK_REVIEW, s.ruleSetVersion())));
    }

    @EventHandler
    void on(ClawbackDecided e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ClawbackDecided", e.decidedAt(), by,
                role, e.reason() + ": " + e.amount() + " to repay", s -> owed(status(s, ApplicationStatus.CLAWED_BACK,
                        s.ruleSetVersion()), e.amount())));
    }

    @EventHandler
    void on(LoanNamed e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(withLoan(r, new LoanTerms(e.loanId(), e.principal(),
                e.rate(), e.termMonths())), position(token), "LoanNamed", e.namedAt(), by, role,
                "loan " + e.loanId() + " from " + e.bank() + ": " + e.principal() + " at " + e.rate() + " for "
                        + e.termMonths() + " months (credit request " + e.creditRequestId() + ")", s -> s));
    }

    @EventHandler
    void on(FlaggedForListingReview e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "FlaggedForListingReview",
                e.flaggedAt(), by, role, "entry " + e.entryId().value() + " removed (" + e.reason() + ") from "
                        + e.effectiveFrom() + "; to review", s -> s));
    }

    @EventHandler
    void on(ClawbackReviewOpened e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ClawbackReviewOpened",
                e.openedAt(), by, role, "entry " + e.entryId().value() + " removed for cause (" + e.reason() + ") from "
                        + e.effectiveFrom() + "; clawback to consider", s -> s));
    }

    @EventHandler
    void on(ApplicationClosed e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ApplicationClosed", e.closedAt(), by,
                role, e.disbursed() + " paid in all", s -> status(s, ApplicationStatus.CLOSED, s.ruleSetVersion())));
    }

    @EventHandler
    void on(ApplicationDrafted e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        long position = position(token);
        if (stored(applications, e.applicationId().value()) != null) {
            return;
        }
        ApplicationSummary summary = new ApplicationSummary(e.applicationId(), e.programmeId(), e.applicant(), e.project(),
                ApplicationStatus.DRAFT, null, List.of(), 0, null, null, e.draftedAt(), e.draftedAt(), position);
        ApplicationRecord record = new ApplicationRecord(summary, List.of(), List.of(), null,
                List.of(new TimelineLine("ApplicationDrafted", e.draftedAt(), position, by, role, e.project().name())), null);
        applications.replaceOne(new Document(ID, e.applicationId().value()), applicationDocument(record),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(DraftEdited e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "DraftEdited", e.editedAt(), by, role, null,
                s -> summary(s, e.project(), s.status(), s.ruleSetVersion(), s.experts(), s.scoresIn(), s.amount())));
    }

    @EventHandler
    void on(ApplicationSubmitted e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ApplicationSubmitted", e.submittedAt(), by, role,
                "rule set version " + e.ruleSetVersion(), s -> status(s, ApplicationStatus.SUBMITTED, e.ruleSetVersion())));
    }

    @EventHandler
    void on(ApplicationResubmitted e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> withMissingItems(step(r, position(token), "ApplicationResubmitted",
                e.resubmittedAt(), by, role, null, s -> status(s, ApplicationStatus.SUBMITTED, s.ruleSetVersion())), List.of()));
    }

    @EventHandler
    void on(ApplicationWithdrawn e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ApplicationWithdrawn", e.withdrawnAt(), by, role,
                e.reason(), s -> status(s, ApplicationStatus.WITHDRAWN, s.ruleSetVersion())));
    }

    @EventHandler
    void on(ApplicationReturned e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> withMissingItems(step(r, position(token), "ApplicationReturned",
                e.returnedAt(), by, role, String.join("; ", e.missingItems()),
                s -> status(s, ApplicationStatus.RETURNED, s.ruleSetVersion())), e.missingItems()));
    }

    @EventHandler
    void on(ApplicationAccepted e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ApplicationAccepted", e.acceptedAt(), by, role,
                "eligible under " + e.eligibility().policy(), s -> status(s, ApplicationStatus.UNDER_REVIEW, s.ruleSetVersion())));
    }

    @EventHandler
    void on(ApplicationFoundIneligible e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        long position = position(token);
        changeApplication(e.applicationId().value(), token, r -> {
            DecisionRecord decision = new DecisionRecord(e.applicationId(), r.summary().programmeId(), "INELIGIBLE",
                    ruleSet(r.summary().programmeId(), e.ruleSetVersion()), e.facts(), e.eligibility(), null, null, null, null,
                    e.eligibility().failures().stream().map(f -> f.reason()).toList(), by, role, e.assessedAt(), position);
            return withDecision(step(r, position(token), "ApplicationFoundIneligible", e.assessedAt(), by, role,
                    String.join("; ", decision.reasons()), s -> status(s, ApplicationStatus.INELIGIBLE, s.ruleSetVersion())),
                    decision);
        });
    }

    @EventHandler
    void on(ExpertsAssigned e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ExpertsAssigned", e.assignedAt(), by, role,
                e.experts().size() + " experts", s -> {
                    List<ExpertId> experts = new ArrayList<>(s.experts());
                    experts.addAll(e.experts());
                    return summary(s, s.project(), s.status(), s.ruleSetVersion(), experts, s.scoresIn(), s.amount());
                }));
    }

    /** The timeline says that an expert scored, not who or how: the applicant reads it too. */
    @EventHandler
    void on(ApplicationScored e, TrackingToken token, @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> {
            List<ExpertReview> reviews = new ArrayList<>(r.reviews());
            reviews.add(new ExpertReview(e.expert(), e.scores(), e.comment(), e.scoredAt()));
            ApplicationRecord scored = step(r, position(token), "ApplicationScored", e.scoredAt(), null, role, null,
                    s -> summary(s, s.project(), s.status(), s.ruleSetVersion(), s.experts(), s.scoresIn() + 1, s.amount()));
            return new ApplicationRecord(scored.summary(), scored.missingItems(), reviews, scored.decision(), scored.timeline(),
                    scored.loan());
        });
    }

    @EventHandler
    void on(ApplicationApproved e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        long position = position(token);
        changeApplication(e.applicationId().value(), token, r -> {
            DecisionRecord decision = new DecisionRecord(e.applicationId(), e.programmeId(), "APPROVED",
                    ruleSet(e.programmeId(), e.ruleSetVersion()), e.facts(), e.eligibility(), e.inputs(), e.computed(),
                    e.amount(), e.reductionReason(), e.reasons(), by, role, e.approvedAt(), position);
            return withDecision(step(r, position(token), "ApplicationApproved", e.approvedAt(), by, role, e.amount().toString(),
                    s -> summary(s, s.project(), ApplicationStatus.APPROVED, s.ruleSetVersion(), s.experts(), s.scoresIn(),
                            e.amount())), decision);
        });
    }

    @EventHandler
    void on(PublicNoticeOpened e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "PublicNoticeOpened", e.openedAt(),
                by, role, "on notice until " + e.lastDay(), s -> s));
    }

    /** The approval no longer stands: its decision record and amount leave the record; the timeline keeps both. */
    @EventHandler
    void on(ObjectionRaised e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> withDecision(step(r, position(token), "ObjectionRaised",
                e.raisedAt(), by, role, String.join("; ", e.reasons()),
                s -> summary(s, s.project(), ApplicationStatus.UNDER_REVIEW, s.ruleSetVersion(), s.experts(), s.scoresIn(),
                        null)), null));
    }

    @EventHandler
    void on(ApplicationGranted e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        changeApplication(e.applicationId().value(), token, r -> step(r, position(token), "ApplicationGranted", e.grantedAt(),
                by, role, e.amount().toString(), s -> status(s, ApplicationStatus.GRANTED, s.ruleSetVersion())));
    }

    @EventHandler
    void on(ApplicationRejected e, TrackingToken token, @MetaDataValue(MetaDataKeys.SUBJECT) String by,
            @MetaDataValue(MetaDataKeys.ROLE) String role) {
        long position = position(token);
        changeApplication(e.applicationId().value(), token, r -> {
            DecisionRecord decision = new DecisionRecord(e.applicationId(), r.summary().programmeId(), "REJECTED",
                    ruleSet(r.summary().programmeId(), r.summary().ruleSetVersion()), null, null, null, null, null, null,
                    e.reasons(), by, role, e.rejectedAt(), position);
            return withDecision(step(r, position(token), "ApplicationRejected", e.rejectedAt(), by, role, String.join("; ", e.reasons()),
                    s -> status(s, ApplicationStatus.REJECTED, s.ruleSetVersion())), decision);
        });
    }

    @ResetHandler
    void reset() {
        programmes.deleteMany(new Document());
        applications.deleteMany(new Document());
    }

    private RuleSet ruleSet(ProgrammeId programme, Integer version) {
        Document stored = stored(programmes, programme.value());
        if (stored == null || version == null) {
            return null;
        }
        return JsonRecords.read(stored, ProgrammeLedger.class).ruleSets().stream()
                .filter(rules -> rules.version() == version).findFirst().orElse(null);
    }

    private void changeProgramme(ProgrammeId id, TrackingToken token, UnaryOperator<ProgrammeLedger> change) {
        long position = position(token);
        Document stored = stored(programmes, id.value());
        if (stored == null || stored.get(POSITION, Number.class).longValue() >= position) {
            return;
        }
        ProgrammeLedger changed = change.apply(JsonRecords.read(stored, ProgrammeLedger.class));
        ProgrammeLedger ledger = ledger(changed, changed.ruleSets(), changed.budget(), changed.reserved(), position);
        programmes.replaceOne(new Document(ID, id.value()), programmeDocument(ledger));
    }

    private void changeApplication(String id, TrackingToken token, UnaryOperator<ApplicationRecord> change) {
        long position = position(token);
        Document stored = stored(applications, id);
        if (stored == null || stored.get(POSITION, Number.class).longValue() >= position) {
            return;
        }
        ApplicationRecord changed = change.apply(JsonRecords.read(stored, ApplicationRecord.class));
        ApplicationSummary s = changed.summary();
        ApplicationSummary summary = new ApplicationSummary(s.applicationId(), s.programmeId(), s.applicant(), s.project(),
                s.status(), s.ruleSetVersion(), s.experts(), s.scoresIn(), s.amount(), s.owed(), s.draftedAt(), s.updatedAt(),
                position);
        applications.replaceOne(new Document(ID, id), applicationDocument(new ApplicationRecord(summary, changed.missingItems(),
                changed.reviews(), changed.decision(), changed.timeline(), changed.loan())));
    }

    /** Adds a timeline line and applies the summary change, stamping the time of the step. */
    private static ApplicationRecord step(ApplicationRecord record, long position, String event, Instant at, String by,
                                          String role, String note, UnaryOperator<ApplicationSummary> change) {
        List<TimelineLine> timeline = new ArrayList<>(record.timeline());
        timeline.add(new TimelineLine(event, at, position, by, role, note));
        ApplicationSummary changed = change.apply(record.summary());
        ApplicationSummary summary = new ApplicationSummary(changed.applicationId(), changed.programmeId(), changed.applicant(),
                changed.project(), changed.status(), changed.ruleSetVersion(), changed.experts(), changed.scoresIn(),
                changed.amount(), changed.owed(), changed.draftedAt(), at, changed.position());
        return new ApplicationRecord(summary, record.missingItems(), record.reviews(), record.decision(), timeline,
                record.loan());
    }

    private static ApplicationRecord withLoan(ApplicationRecord record, LoanTerms loan) {
        return new ApplicationRecord(record.summary(), record.missingItems(), record.reviews(), record.decision(),
                record.timeline(), loan);
    }

    private static ApplicationRecord withMissingItems(ApplicationRecord record, List<String> missingItems) {
        return new ApplicationRecord(record.summary(), missingItems, record.reviews(), record.decision(), record.timeline(),
                record.loan());
    }

    private static ApplicationRecord withDecision(ApplicationRecord record, DecisionRecord decision) {
        return new ApplicationRecord(record.summary(), record.missingItems(), record.reviews(), decision, record.timeline(),
                record.loan());
    }

    private static ApplicationSummary status(ApplicationSummary s, ApplicationStatus status, Integer version) {
        return summary(s, s.project(), status, version, s.experts(), s.scoresIn(), s.amount());
    }

    private static ApplicationSummary summary(ApplicationSummary s, ProjectDetails project,
                                              ApplicationStatus status, Integer version, List<ExpertId> experts, int scoresIn,
                                              Money amount) {
        return new ApplicationSummary(s.applicationId(), s.programmeId(), s.applicant(), project, status, version, experts,
                scoresIn, amount, s.owed(), s.draftedAt(), s.updatedAt(), s.position());
    }

    private static ApplicationSummary owed(ApplicationSummary s, Money owed) {
        return new ApplicationSummary(s.applicationId(), s.programmeId(), s.applicant(), s.project(), s.status(),
                s.ruleSetVersion(), s.experts(), s.scoresIn(), s.amount(), owed, s.draftedAt(), s.updatedAt(), s.position());
    }

    private static ProgrammeLedger withFigures(ProgrammeLedger l, Money granted, Money disbursed, Money recovered) {
        return new ProgrammeLedger(l.programmeId(), l.year(), l.direction(), l.title(), l.opensOn(), l.closesOn(),
                l.noticeDays(), l.tranches(), l.ruleSets(), l.budget(), l.reserved(), granted, disbursed, recovered,
                l.remaining(), l.position());
    }

    private static ProgrammeLedger ledger(ProgrammeLedger l, List<RuleSet> ruleSets, Money budget, Money reserved,
                                          long position) {
        Money remaining = budget.minus(reserved).minus(l.granted());
        return new ProgrammeLedger(l.programmeId(), l.year(), l.direction(), l.title(), l.opensOn(), l.closesOn(),
                l.noticeDays(), l.tranches(), ruleSets, budget, reserved, l.granted(), l.disbursed(), l.recovered(), remaining,
                position);
    }

    private static Document programmeDocument(ProgrammeLedger ledger) {
        return new Document(ID, ledger.programmeId().value()).append(YEAR, ledger.year())
                .append(RECORD, JsonRecords.write(ledger)).append(POSITION, ledger.position());
    }

    private static Document applicationDocument(ApplicationRecord record) {
        ApplicationSummary s = record.summary();
        return new Document(ID, s.applicationId().value()).append(APPLICANT, s.applicant().value())
                .append(PROGRAMME, s.programmeId().value()).append(STATUS, s.status().name())
                .append(EXPERTS, s.experts().stream().map(ExpertId::value).toList())
                .append(DRAFTED_AT, Date.from(s.draftedAt()))
                .append(RECORD, JsonRecords.write(record)).append(POSITION, s.position());
    }

    private static Document stored(MongoCollection<Document> documents, String id) {
        return documents.find(new Document(ID, id)).first();
    }

    private static long position(TrackingToken token) {
        return token.position().orElseThrow();
    }
}
