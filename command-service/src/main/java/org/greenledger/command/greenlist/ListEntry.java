package org.greenledger.command.greenlist;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.greenledger.command.TextRules;
import org.greenledger.contracts.greenlist.ConfirmRectification;
import org.greenledger.contracts.greenlist.CorrectListingDate;
import org.greenledger.contracts.greenlist.CorrectRemovalDate;
import org.greenledger.contracts.greenlist.DeclarationFiled;
import org.greenledger.contracts.greenlist.DeclarationMissed;
import org.greenledger.contracts.greenlist.DeclineNomination;
import org.greenledger.contracts.greenlist.DemandRectification;
import org.greenledger.contracts.greenlist.EntryEvaluated;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.greenlist.EntryUpgraded;
import org.greenledger.contracts.greenlist.FileDeclaration;
import org.greenledger.contracts.greenlist.ListingDateCorrected;
import org.greenledger.contracts.greenlist.NominateUnit;
import org.greenledger.contracts.greenlist.NominationDeclined;
import org.greenledger.contracts.greenlist.PassReview;
import org.greenledger.contracts.greenlist.PutOnList;
import org.greenledger.contracts.greenlist.RecordEvaluation;
import org.greenledger.contracts.greenlist.RecordMissedDeclaration;
import org.greenledger.contracts.greenlist.RecordMissedRectification;
import org.greenledger.contracts.greenlist.RectificationConfirmed;
import org.greenledger.contracts.greenlist.RectificationDemanded;
import org.greenledger.contracts.greenlist.RectificationMissed;
import org.greenledger.contracts.greenlist.RemovalDateCorrected;
import org.greenledger.contracts.greenlist.RemoveFromList;
import org.greenledger.contracts.greenlist.ReviewPassed;
import org.greenledger.contracts.greenlist.UpgradeToNational;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.failure.Forbidden;
import org.greenledger.kernel.failure.IllegalTransition;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.Refused;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.greenlist.UpkeepRules;

/**
 * One unit's entry on the green-manufacturing list, from nomination to exit (plan §(六)15: 有进有出
 * 的动态调整). Dates the office decides (listing, removal, upgrade, corrections) are valid-time
 * {@link LocalDate}s from the command; every event also records when it was recorded, from the
 * injected clock. A correction is a new event beside the one it corrects, never an edit.
 */
@Aggregate(cache = "aggregateCache", snapshotTriggerDefinition = "snapshotTriggerDefinition")
class ListEntry {

    static final int TEXT_MAX = 200;
    static final int REASON_MAX = 1000;
    static final int MAX_REASONS = 20;

    @AggregateIdentifier
    private EntryId id;
    private Uscc enterprise;
    private ListLevel level;
    private EntryStatus status;
    private LocalDate listedFrom;
    private LocalDate upgradedFrom;
    private LocalDate removedFrom;
    private LocalDate rectificationDeadline;
    private Set<Integer> declaredYears = new HashSet<>();
    private Set<Integer> missedYears = new HashSet<>();

    protected ListEntry() {
    }

    /**
     * Creates the entry if missing: a second nomination of the same unit in the same batch and
     * category meets the first one's entry and is refused here, with a clear answer.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    EntryId handle(NominateUnit cmd, EnterpriseRecords enterprises, Clock clock) {
        if (id != null) {
            throw new IllegalTransition("greenlist.already-nominated", "This unit of " + cmd.enterprise()
                    + " is already nominated as " + cmd.category() + " in batch " + cmd.batch() + " (entry " + id + ").");
        }
        if (cmd.unit().kind() != cmd.category().unitKind()) {
            throw new InvalidInput("greenlist.unit-kind", "category", "A " + cmd.category() + " entry names a unit of kind "
                    + cmd.category().unitKind() + ", not " + cmd.unit().kind() + ".");
        }
        EnterpriseRecords.OnRecord onRecord = enterprises.find(cmd.enterprise()).orElseThrow(() ->
                new Refused("greenlist.enterprise-not-registered",
                        "Enterprise " + cmd.enterprise() + " is not registered; register it before nominating it."));
        if (onRecord.dishonest()) {
            throw new Refused("greenlist.enterprise-dishonest", "Enterprise " + cmd.enterprise()
                    + " is on the dishonesty list and cannot be nominated until it is cleared.");
        }
        apply(new EntryNominated(cmd.entryId(), cmd.category(), cmd.level(), cmd.batch(), cmd.enterprise(),
                onRecord.name(), onRecord.divisionCode(), cmd.unit(), clock.instant()));
        return cmd.entryId();
    }

    @CommandHandler
    void handle(RecordEvaluation cmd, Clock clock) {
        requireStatus("evaluated", EntryStatus.NOMINATED);
        if (cmd.score() == null) {
            throw new InvalidInput("greenlist.score-missing", "score", "The evaluation score is required.");
        }
        requireText(cmd.evaluator(), "evaluator", TEXT_MAX);
        requireText(cmd.reportReference(), "reportReference", TEXT_MAX);
        apply(new EntryEvaluated(id, cmd.score(), cmd.evaluator(), cmd.reportReference(), clock.instant()));
    }

    @CommandHandler
    void handle(PutOnList cmd, Clock clock) {
        requireStatus("listed", EntryStatus.EVALUATED);
        requireDate(cmd.effectiveFrom(), "effectiveFrom");
        requireText(cmd.decisionReference(), "decisionReference", TEXT_MAX);
        apply(new EntryListed(id, level, cmd.effectiveFrom(), cmd.decisionReference(), clock.instant()));
    }

    @CommandHandler
    void handle(DeclineNomination cmd, Clock clock) {
        requireStatus("declined", EntryStatus.NOMINATED, EntryStatus.EVALUATED);
        List<String> reasons = cmd.reasons();
        if (reasons == null || reasons.isEmpty() || reasons.size() > MAX_REASONS) {
            throw new InvalidInput("greenlist.reasons-count", "reasons",
                    "A declined nomination gives 1-" + MAX_REASONS + " reasons.");
        }
        for (int i = 0; i < reasons.size(); i++) {
            requireText(reasons.get(i), "reasons[" + i + "]", REASON_MAX);
        }
        apply(new NominationDeclined(id, reasons, clock.instant()));
    }

    /** Ownership is checked first, so another enterprise learns nothing about the entry's state. */
    @CommandHandler
    void handle(FileDeclaration cmd, Clock clock) {
        if (!enterprise.equals(cmd.declarant())) {
            throw new Forbidden("greenlist.not-own-entry",
                    "Entry " + id + " belongs to another enterprise; an enterprise declares for its own entries only.");
        }
        requireStatus("declared for", EntryStatus.LISTED, EntryStatus.UNDER_RECTIFICATION, EntryStatus.RECTIFICATION_MISSED);
        LocalDate today = LocalDate.now(clock);
        requireDeclarableYear(cmd.year(), today);
        requireValue(cmd.energyUse(), "energyUseTce");
        requireValue(cmd.outputValue(), "outputValueYuan");
        requireValue(cmd.water(), "waterM3");
        requireValue(cmd.solidWasteUtilisation(), "solidWasteUtilisationPercent");
        if (missedYears.contains(cmd.year())) {
            throw new IllegalTransition("greenlist.declaration-recorded-missed", "The declaration for " + cmd.year()
                    + " of entry " + id + " is already recorded as missed.");
        }
        requireNotDeclared(cmd.year());
        LocalDate due = UpkeepRules.declarationDue(cmd.year());
        apply(new DeclarationFiled(id, cmd.year(), cmd.energyUse(), cmd.outputValue(), cmd.water(),
                cmd.solidWasteUtilisation(), due, today.isAfter(due), clock.instant()));
    }

    @CommandHandler
    void handle(RecordMissedDeclaration cmd, Clock clock) {
        requireStatus("recorded as missing a declaration", EntryStatus.LISTED, EntryStatus.UNDER_RECTIFICATION,
                EntryStatus.RECTIFICATION_MISSED);
        LocalDate today = LocalDate.now(clock);
        requireDeclarableYear(cmd.year(), today);
        LocalDate due = UpkeepRules.declarationDue(cmd.year());
        if (!today.isAfter(due)) {
            throw new Refused("greenlist.declaration-not-yet-due", "The declaration for " + cmd.year()
                    + " is due by " + due + "; it can be recorded as missed only after that day.");
        }
        requireNotDeclared(cmd.year());
        if (missedYears.contains(cmd.year())) {
            throw new IllegalTransition("greenlist.declaration-already-missed", "The declaration for " + cmd.year()
                    + " of entry " + id + " is already recorded as missed.");
        }
        apply(new DeclarationMissed(id, cmd.year(), due, clock.instant()));
    }

    @CommandHandler
    void handle(PassReview cmd, Clock clock) {
        requireStatus("reviewed", EntryStatus.LISTED);
        requireReviewDate(cmd.reviewedOn(), clock);
        requireText(cmd.reference(), "reference", TEXT_MAX);
        apply(new ReviewPassed(id, cmd.reviewedOn(), cmd.reference(), clock.instant()));
    }

    @CommandHandler
    void handle(DemandRectification cmd, Clock clock) {
        requireStatus("reviewed", EntryStatus.LISTED);
        requireReviewDate(cmd.reviewedOn(), clock);
        requireText(cmd.findings(), "findings", REASON_MAX);
        requireDate(cmd.deadline(), "deadline");
        if (!cmd.deadline().isAfter(cmd.reviewedOn())) {
            throw new InvalidInput("greenlist.deadline-not-after-review", "deadline",
                    "A rectification deadline lies after the review (" + cmd.reviewedOn() + "); " + cmd.deadline() + " does not.");
        }
        apply(new RectificationDemanded(id, cmd.reviewedOn(), cmd.findings(), cmd.deadline(), clock.instant()));
    }

    @CommandHandler
    void handle(ConfirmRectification cmd, Clock clock) {
        requireStatus("confirmed as rectified", EntryStatus.UNDER_RECTIFICATION);
        requireDate(cmd.confirmedOn(), "confirmedOn");
        requireNotFuture(cmd.confirmedOn(), "confirmedOn", clock);
        requireText(cmd.reference(), "reference", TEXT_MAX);
        apply(new RectificationConfirmed(id, cmd.confirmedOn(), cmd.reference(), clock.instant()));
    }

    @CommandHandler
    void handle(RecordMissedRectification cmd, Clock clock) {
        requireStatus("recorded as missing its rectification", EntryStatus.UNDER_RECTIFICATION);
        if (!LocalDate.now(clock).isAfter(rectificationDeadline)) {
            throw new Refused("greenlist.rectification-not-yet-due", "The rectification of entry " + id
                    + " is due by " + rectificationDeadline + "; it can be recorded as missed only after that day.");
        }
        apply(new RectificationMissed(id, rectificationDeadline, clock.instant()));
    }

    @CommandHandler
    void handle(RemoveFromList cmd, Clock clock) {
        requireStatus("removed", EntryStatus.LISTED, EntryStatus.UNDER_RECTIFICATION, EntryStatus.RECTIFICATION_MISSED);
        if (cmd.reason() == null) {
            throw new InvalidInput("greenlist.reason-missing", "reason", "A removal names its reason code.");
        }
        requireText(cmd.explanation(), "explanation", REASON_MAX);
        requireDate(cmd.effectiveFrom(), "effectiveFrom");
        requireNotBeforeListing(cmd.effectiveFrom(), "effectiveFrom", "off the list");
        requireText(cmd.decisionReference(), "decisionReference", TEXT_MAX);
        if (cmd.reason() == RemovalReason.MISSED_RECTIFICATION && status != EntryStatus.RECTIFICATION_MISSED) {
            throw new Refused("greenlist.reason-not-established", "Entry " + id
                    + " has no missed rectification on record; record it before removing the entry for it.");
        }
        if (cmd.reason() == RemovalReason.MISSED_DECLARATIONS && missedYears.isEmpty()) {
            throw new Refused("greenlist.reason-not-established", "Entry " + id
                    + " has no missed declaration on record; record it before removing the entry for it.");
        }
        apply(new EntryRemoved(id, cmd.reason(), cmd.explanation(), cmd.effectiveFrom(), cmd.decisionReference(),
                clock.instant()));
    }

    @CommandHandler
    void handle(UpgradeToNational cmd, Clock clock) {
        requireStatus("upgraded", EntryStatus.LISTED);
        if (level == ListLevel.NATIONAL) {
            throw new IllegalTransition("greenlist.already-national", "Entry " + id + " is already at national level.");
        }
        requireDate(cmd.effectiveFrom(), "effectiveFrom");
        requireNotBeforeListing(cmd.effectiveFrom(), "effectiveFrom", "at national level");
        requireText(cmd.decisionReference(), "decisionReference", TEXT_MAX);
        apply(new EntryUpgraded(id, ListLevel.NATIONAL, cmd.effectiveFrom(), cmd.decisionReference(), clock.instant()));
    }

    @CommandHandler
    void handle(CorrectListingDate cmd, Clock clock) {
        requireStatus("given a corrected listing date", EntryStatus.LISTED, EntryStatus.UNDER_RECTIFICATION,
                EntryStatus.RECTIFICATION_MISSED, EntryStatus.REMOVED);
        requireDate(cmd.correctedFrom(), "correctedFrom");
        if (cmd.correctedFrom().equals(listedFrom)) {
            throw new InvalidInput("greenlist.correction-unchanged", "correctedFrom",
                    "Entry " + id + " is already listed from " + listedFrom + "; there is nothing to correct.");
        }
        if (removedFrom != null && !cmd.correctedFrom().isBefore(removedFrom)) {
            throw new InvalidInput("greenlist.listing-not-before-removal", "correctedFrom", "Entry " + id
                    + " is off the list from " + removedFrom + "; it must be listed before that, not from " + cmd.correctedFrom() + ".");
        }
        if (upgradedFrom != null && cmd.correctedFrom().isAfter(upgradedFrom)) {
            throw new InvalidInput("greenlist.listing-after-upgrade", "correctedFrom", "Entry " + id
                    + " is national from " + upgradedFrom + "; it cannot be listed only from " + cmd.correctedFrom() + ".");
        }
        requireText(cmd.reason(), "reason", REASON_MAX);
        apply(new ListingDateCorrected(id, listedFrom, cmd.correctedFrom(), cmd.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(CorrectRemovalDate cmd, Clock clock) {
        requireStatus("given a corrected removal date", EntryStatus.REMOVED);
        requireDate(cmd.correctedFrom(), "correctedFrom");
        if (cmd.correctedFrom().equals(removedFrom)) {
            throw new InvalidInput("greenlist.correction-unchanged", "correctedFrom",
                    "Entry " + id + " is already off the list from " + removedFrom + "; there is nothing to correct.");
        }
        requireNotBeforeListing(cmd.correctedFrom(), "correctedFrom", "off the list");
        requireText(cmd.reason(), "reason", REASON_MAX);
        apply(new RemovalDateCorrected(id, removedFrom, cmd.correctedFrom(), cmd.reason(), clock.instant()));
    }

    @EventSourcingHandler
    void on(EntryNominated e) {
        id = e.entryId();
        enterprise = e.enterprise();
        level = e.level();
        status = EntryStatus.NOMINATED;
    }

    @EventSourcingHandler
    void on(EntryEvaluated e) {
        status = EntryStatus.EVALUATED;
    }

    @EventSourcingHandler
    void on(EntryListed e) {
        status = EntryStatus.LISTED;
        listedFrom = e.effectiveFrom();
    }

    @EventSourcingHandler
    void on(NominationDeclined e) {
        status = EntryStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(DeclarationFiled e) {
        declaredYears.add(e.year());
    }

    @EventSourcingHandler
    void on(DeclarationMissed e) {
        missedYears.add(e.year());
    }

    @EventSourcingHandler
    void on(RectificationDemanded e) {
        status = EntryStatus.UNDER_RECTIFICATION;
        rectificationDeadline = e.deadline();
    }

    @EventSourcingHandler
    void on(RectificationConfirmed e) {
        status = EntryStatus.LISTED;
        rectificationDeadline = null;
    }

    @EventSourcingHandler
    void on(RectificationMissed e) {
        status = EntryStatus.RECTIFICATION_MISSED;
    }

    @EventSourcingHandler
    void on(EntryRemoved e) {
        status = EntryStatus.REMOVED;
        removedFrom = e.effectiveFrom();
        rectificationDeadline = null;
    }

    @EventSourcingHandler
    void on(EntryUpgraded e) {
        level = e.level();
        upgradedFrom = e.effectiveFrom();
    }

    @EventSourcingHandler
    void on(ListingDateCorrected e) {
        listedFrom = e.correctedFrom();
    }

    @EventSourcingHandler
    void on(RemovalDateCorrected e) {
        removedFrom = e.correctedFrom();
    }

    private void requireStatus(String action, EntryStatus... allowed) {
        if (Arrays.stream(allowed).noneMatch(s -> s == status)) {
            throw new IllegalTransition("greenlist.illegal-transition", "Entry " + id + " is " + status
                    + "; only an entry that is " + describe(allowed) + " can be " + action + ".");
        }
    }

    /** A year can be declared once it is over, and only from the year of listing on. */
    private void requireDeclarableYear(int year, LocalDate today) {
        if (year < listedFrom.getYear()) {
            throw new InvalidInput("greenlist.year-before-listing", "year", "Entry " + id + " is listed from "
                    + listedFrom + "; " + year + " lies before its listing.");
        }
        if (year >= today.getYear()) {
            throw new Refused("greenlist.year-not-over", "The indicators of " + year
                    + " can be declared once the year is over.");
        }
    }

    private void requireNotDeclared(int year) {
        if (declaredYears.contains(year)) {
            throw new IllegalTransition("greenlist.declaration-already-filed", "The declaration for " + year
                    + " of entry " + id + " is already filed.");
        }
    }

    private void requireReviewDate(LocalDate reviewedOn, Clock clock) {
        requireDate(reviewedOn, "reviewedOn");
        requireNotFuture(reviewedOn, "reviewedOn", clock);
        requireNotBeforeListing(reviewedOn, "reviewedOn", "reviewed");
    }

    private void requireNotBeforeListing(LocalDate date, String field, String what) {
        if (date.isBefore(listedFrom)) {
            throw new InvalidInput("greenlist.date-before-listing", field, "Entry " + id + " is listed from "
                    + listedFrom + "; it cannot be " + what + " from " + date + ", before that.");
        }
    }

    private static void requireNotFuture(LocalDate date, String field, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new InvalidInput("greenlist.date-in-future", field,
                    field + " cannot be " + date + ", after today (" + today + ").");
        }
    }

    private static void requireDate(LocalDate date, String field) {
        if (date == null) {
            throw new InvalidInput("greenlist.date-missing", field, field + " is required, as a date like 2026-03-31.");
        }
    }

    private static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidInput("greenlist.value-missing", field, field + " is required.");
        }
    }

    private static void requireText(String text, String field, int max) {
        TextRules.require("greenlist", text, field, max);
    }

    private static String describe(EntryStatus... states) {
        return String.join(" or ", Arrays.stream(states).map(EntryStatus::name).toList());
    }
}
