package org.greenledger.command.subsidy;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.greenledger.command.PositionedDocuments;
import org.greenledger.contracts.enterprise.DishonestyCleared;
import org.greenledger.contracts.enterprise.DishonestyFlagged;
import org.greenledger.contracts.enterprise.EnergyAuditRecorded;
import org.greenledger.contracts.enterprise.EnterpriseRegistered;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.contracts.greenfinance.LoanApproved;
import org.greenledger.contracts.greenfinance.LoanClosed;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.subsidy.ApplicationDrafted;
import org.greenledger.contracts.subsidy.ApplicationFoundIneligible;
import org.greenledger.contracts.subsidy.ApplicationRejected;
import org.greenledger.contracts.subsidy.ApplicationSubmitted;
import org.greenledger.contracts.subsidy.ApplicationWithdrawn;
import org.greenledger.contracts.subsidy.ClawbackDecided;
import org.greenledger.contracts.subsidy.DraftEdited;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenfinance.AnnualRate;
import org.greenledger.kernel.greenfinance.BankId;
import org.greenledger.kernel.greenfinance.CreditRequestId;
import org.greenledger.kernel.greenfinance.LoanId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.subsidy.ApplicationId;

/**
 * The command side's own index of what eligibility needs to know per applicant, from the
 * registry's, the green list's and the subsidy flow's published events: a document per USCC in
 * {@code subsidy_applicant_facts}, looked up by {@code _id}. Two helper collections map green-list
 * entries and applications to their enterprise, since later events name only the entry or the
 * application. Every document keeps the position of the last event it reflects and ignores any
 * event at or below it, so replays and redeliveries change nothing.
 */
@ProcessingGroup(ApplicantFactsProjection.PROCESSING_GROUP)
class ApplicantFactsProjection {

    static final String PROCESSING_GROUP = "subsidy-applicant-facts";

    private final MongoCollection<Document> facts;
    private final MongoCollection<Document> entries;
    private final MongoCollection<Document> applications;
    private final MongoCollection<Document> loans;

    ApplicantFactsProjection(MongoDatabase database) {
        this.facts = database.getCollection("subsidy_applicant_facts");
        this.entries = database.getCollection("subsidy_facts_entries");
        this.applications = database.getCollection("subsidy_facts_applications");
        this.loans = database.getCollection("subsidy_facts_loans");
    }

    /** What the index holds for one applicant. */
    record Known(boolean registered, boolean dishonest, boolean keyEnergyUser, LocalDate lastEnergyAudit,
                 Set<ListCategory> listedCategories, LocalDate barredUntil, List<Live> live, long position) {
    }

    /** A live application and its project key. */
    record Live(ApplicationId application, String projectKey) {
    }

    Optional<Known> find(Uscc uscc) {
        Document document = facts.find(new Document("_id", uscc.value())).first();
        if (document == null) {
            return Optional.empty();
        }
        Set<ListCategory> categories = EnumSet.noneOf(ListCategory.class);
        for (Document entry : document.getList("listed", Document.class, List.of())) {
            categories.add(ListCategory.valueOf(entry.getString("category")));
        }
        List<Live> live = new ArrayList<>();
        for (Document application : document.getList("live", Document.class, List.of())) {
            live.add(new Live(ApplicationId.of(application.getString("application")), application.getString("project")));
        }
        return Optional.of(new Known(document.getBoolean("registered", false), document.getBoolean("dishonest", false),
                document.getBoolean("keyEnergyUser", false), date(document.getString("lastEnergyAudit")), categories,
                date(document.getString("barredUntil")), live,
                document.get(PositionedDocuments.POSITION, Number.class).longValue()));
    }

    /** An approved green loan, as an interest-subsidy application names it. */
    record Loan(Uscc borrower, BankId bank, LoanId loanId, Money principal, AnnualRate rate, int termMonths, boolean open) {
    }

    Optional<Loan> loan(CreditRequestId request) {
        Document document = loans.find(new Document("_id", request.value())).first();
        if (document == null) {
            return Optional.empty();
        }
        return Optional.of(new Loan(Uscc.of(document.getString("uscc")), BankId.of(document.getString("bank")),
                LoanId.of(document.getString("loan")), Money.ofFen(document.get("principal", Number.class).longValue()),
                AnnualRate.of(document.getString("rate")), document.getInteger("termMonths"), document.getBoolean("open")));
    }

    @EventHandler
    void on(LoanApproved e, TrackingToken token) {
        change(loans, e.creditRequestId().value(), token, d -> d.append("uscc", e.enterprise().value())
                .append("bank", e.bank().value()).append("loan", e.loanId().value()).append("principal", e.amount().fen())
                .append("rate", e.rate().percent().toPlainString()).append("termMonths", e.termMonths()).append("open", true));
    }

    @EventHandler
    void on(LoanClosed e, TrackingToken token) {
        change(loans, e.creditRequestId().value(), token, d -> d.append("open", false));
    }

    @EventHandler
    void on(EnterpriseRegistered e, TrackingToken token) {
        changeFacts(e.uscc().value(), token, d -> d.append("registered", true).append("keyEnergyUser", e.keyEnergyUser()));
    }

    @EventHandler
    void on(ProfileChanged e, TrackingToken token) {
        changeFacts(e.uscc().value(), token, d -> d.append("keyEnergyUser", e.keyEnergyUser()));
    }

    @EventHandler
    void on(EnergyAuditRecorded e, TrackingToken token) {
        changeFacts(e.uscc().value(), token, d -> {
            LocalDate known = date(d.getString("lastEnergyAudit"));
            if (known == null || e.auditedOn().isAfter(known)) {
                d.append("lastEnergyAudit", e.auditedOn().toString());
            }
        });
    }

    @EventHandler
    void on(DishonestyFlagged e, TrackingToken token) {
        changeFacts(e.uscc().value(), token, d -> d.append("dishonest", true));
    }

    @EventHandler
    void on(DishonestyCleared e, TrackingToken token) {
        changeFacts(e.uscc().value(), token, d -> d.append("dishonest", false));
    }

    @EventHandler
    void on(EntryNominated e, TrackingToken token) {
        change(entries, e.entryId().value(), token, d -> d.append("uscc", e.enterprise().value())
                .append("category", e.category().name()));
    }

    @EventHandler
    void on(EntryListed e, TrackingToken token) {
        Document entry = known(entries, e.entryId().value());
        changeFacts(entry.getString("uscc"), token, d -> {
            List<Document> listed = withoutEntry(d, e.entryId().value());
            listed.add(new Document("entry", e.entryId().value()).append("category", entry.getString("category")));
            d.append("listed", listed);
        });
    }

    @EventHandler
    void on(EntryRemoved e, TrackingToken token) {
        Document entry = known(entries, e.entryId().value());
        changeFacts(entry.getString("uscc"), token, d -> d.append("listed", withoutEntry(d, e.entryId().value())));
    }

    @EventHandler
    void on(ApplicationDrafted e, TrackingToken token) {
        change(applications, e.applicationId().value(), token, d -> d.append("uscc", e.applicant().value())
                .append("project", e.project().key()).append("live", false));
    }

    @EventHandler
    void on(DraftEdited e, TrackingToken token) {
        Document application = change(applications, e.applicationId().value(), token,
                d -> d.append("project", e.project().key()));
        if (application.getBoolean("live")) {
            setLive(application, e.applicationId(), true, token);
        }
    }

    @EventHandler
    void on(ApplicationSubmitted e, TrackingToken token) {
        setLive(change(applications, e.applicationId().value(), token, d -> d.append("live", true)), e.applicationId(),
                true, token);
    }

    @EventHandler
    void on(ApplicationWithdrawn e, TrackingToken token) {
        ended(e.applicationId(), token);
    }

    @EventHandler
    void on(ApplicationFoundIneligible e, TrackingToken token) {
        ended(e.applicationId(), token);
    }

    @EventHandler
    void on(ApplicationRejected e, TrackingToken token) {
        ended(e.applicationId(), token);
    }

    /** A clawback for fraud bars the applicant; a later bar replaces an earlier one only if it ends later. */
    @EventHandler
    void on(ClawbackDecided e, TrackingToken token) {
        if (e.barredUntil() == null) {
            return;
        }
        Document application = known(applications, e.applicationId().value());
        changeFacts(application.getString("uscc"), token, d -> {
            LocalDate known = date(d.getString("barredUntil"));
            if (known == null || e.barredUntil().isAfter(known)) {
                d.append("barredUntil", e.barredUntil().toString());
            }
        });
    }

    @ResetHandler
    void reset() {
        facts.deleteMany(new Document());
        entries.deleteMany(new Document());
        applications.deleteMany(new Document());
        loans.deleteMany(new Document());
    }

    private void ended(ApplicationId id, TrackingToken token) {
        setLive(change(applications, id.value(), token, d -> d.append("live", false)), id, false, token);
    }

    private void setLive(Document application, ApplicationId id, boolean live, TrackingToken token) {
        changeFacts(application.getString("uscc"), token, d -> {
            List<Document> others = new ArrayList<>(d.getList("live", Document.class, List.of()));
            others.removeIf(other -> id.value().equals(other.getString("application")));
            if (live) {
                others.add(new Document("application", id.value()).append("project", application.getString("project")));
            }
            d.append("live", others);
        });
    }

    /**
     * The mapping an earlier event of the same stream made; its absence means the index missed an
     * event, so the processor must stop and retry rather than record facts without their enterprise.
     */
    private static Document known(MongoCollection<Document> documents, String id) {
        Document document = documents.find(new Document("_id", id)).first();
        if (document == null) {
            throw new IllegalStateException("The applicant-facts index has no record of " + id
                    + ", which an earlier event of its stream creates");
        }
        return document;
    }

    private static List<Document> withoutEntry(Document facts, String entryId) {
        List<Document> listed = new ArrayList<>(facts.getList("listed", Document.class, List.of()));
        listed.removeIf(entry -> entryId.equals(entry.getString("entry")));
        return listed;
    }

    private void changeFacts(String uscc, TrackingToken token, Consumer<Document> change) {
        change(facts, uscc, token, change);
    }

    private static Document change(MongoCollection<Document> documents, String id, TrackingToken token,
                                   Consumer<Document> change) {
        return PositionedDocuments.change(documents, id, token.position().orElseThrow(), change);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
