package org.greenledger.query.greenlist;

import com.mongodb.client.MongoCollection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.greenledger.contracts.greenlist.EntryPage;
import org.greenledger.contracts.greenlist.EntryRecord;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.greenlist.EntrySummary;
import org.greenledger.contracts.greenlist.FindEnterpriseEntries;
import org.greenledger.contracts.greenlist.FindEntry;
import org.greenledger.contracts.greenlist.FindRegister;
import org.greenledger.contracts.greenlist.FindUpkeep;
import org.greenledger.contracts.greenlist.ListEntries;
import org.greenledger.contracts.greenlist.RegisterLine;
import org.greenledger.contracts.greenlist.RegisterPage;
import org.greenledger.contracts.greenlist.UpkeepItem;
import org.greenledger.contracts.greenlist.UpkeepKind;
import org.greenledger.kernel.greenlist.UpkeepRules;

/** Answers the green list's questions from the {@code greenlist_entries} read model. */
class RegisterQueries {

    private static final List<String> ON_THE_LIST = List.of(EntryStatus.LISTED.name(),
            EntryStatus.UNDER_RECTIFICATION.name(), EntryStatus.RECTIFICATION_MISSED.name());
    private static final Comparator<UpkeepItem> BY_DUE_DATE = Comparator.comparing(UpkeepItem::dueOn)
            .thenComparing(UpkeepItem::kind).thenComparing(item -> item.entryId().value());

    private final MongoCollection<Document> entries;

    RegisterQueries(MongoCollection<Document> entries) {
        this.entries = entries;
    }

    /** The entry with its history, or {@code null} when there is none. */
    @QueryHandler
    EntryRecord handle(FindEntry query) {
        Document document = entries.find(new Document(RegisterDocuments.ID, query.entryId().value())).first();
        return document == null ? null : RegisterDocuments.toRecord(document);
    }

    @QueryHandler
    List<EntryRecord> handle(FindEnterpriseEntries query) {
        List<EntryRecord> records = new ArrayList<>();
        entries.find(new Document(RegisterDocuments.USCC, query.enterprise().value()))
                .sort(new Document(RegisterDocuments.BATCH, 1).append(RegisterDocuments.ID, 1))
                .forEach(document -> records.add(RegisterDocuments.toRecord(document)));
        return records;
    }

    @QueryHandler
    EntryPage handle(ListEntries query) {
        Document filter = new Document();
        if (query.category() != null) {
            filter.append(RegisterDocuments.CATEGORY, query.category().name());
        }
        if (query.level() != null) {
            filter.append(RegisterDocuments.LEVEL, query.level().name());
        }
        if (query.district() != null) {
            filter.append(RegisterDocuments.DIVISION, query.district().value());
        }
        if (query.status() != null) {
            filter.append(RegisterDocuments.STATUS, query.status().name());
        }
        if (query.batch() != null) {
            filter.append(RegisterDocuments.BATCH, query.batch().value());
        }
        List<EntrySummary> items = new ArrayList<>();
        entries.find(filter)
                .sort(new Document(RegisterDocuments.BATCH, 1).append(RegisterDocuments.ID, 1))
                .skip(query.page() * query.size())
                .limit(query.size())
                .forEach(document -> items.add(RegisterDocuments.toSummary(document)));
        return new EntryPage(items, query.page(), query.size(), entries.countDocuments(filter));
    }

    /**
     * The list on a day as known at a moment. Every entry ever listed is a candidate (the
     * listing may have been recorded after the moment asked about; {@link Standing} leaves it
     * out then); the as-of answer, including the level on that day, is decided per entry from
     * its facts, and the page is cut from the matches.
     */
    @QueryHandler
    RegisterPage handle(FindRegister query) {
        Document filter = new Document(RegisterDocuments.LISTED_FROM, new Document("$ne", null));
        if (query.category() != null) {
            filter.append(RegisterDocuments.CATEGORY, query.category().name());
        }
        if (query.district() != null) {
            filter.append(RegisterDocuments.DIVISION, query.district().value());
        }
        if (query.batch() != null) {
            filter.append(RegisterDocuments.BATCH, query.batch().value());
        }
        List<RegisterLine> matches = new ArrayList<>();
        entries.find(filter)
                .sort(new Document(RegisterDocuments.CATEGORY, 1).append(RegisterDocuments.USCC, 1).append(RegisterDocuments.ID, 1))
                .forEach(document -> line(document, query).ifPresent(matches::add));
        long from = Math.min((long) query.page() * query.size(), matches.size());
        long to = Math.min(from + query.size(), matches.size());
        return new RegisterPage(matches.subList((int) from, (int) to), query.asOf(), query.knownAt(), query.page(),
                query.size(), matches.size());
    }

    @QueryHandler
    List<UpkeepItem> handle(FindUpkeep query) {
        List<UpkeepItem> items = new ArrayList<>();
        entries.find(new Document(RegisterDocuments.STATUS, new Document("$in", ON_THE_LIST)))
                .forEach(document -> items.addAll(upkeep(document, query)));
        items.sort(BY_DUE_DATE);
        return items;
    }

    private static Optional<RegisterLine> line(Document document, FindRegister query) {
        Optional<Standing> known = Standing.knownAt(RegisterDocuments.facts(document), query.knownAt());
        if (known.isEmpty() || !known.get().onListOn(query.asOf())) {
            return Optional.empty();
        }
        Standing standing = known.get();
        if (query.level() != null && standing.levelOn(query.asOf()) != query.level()) {
            return Optional.empty();
        }
        EntrySummary entry = RegisterDocuments.toSummary(document);
        return Optional.of(new RegisterLine(entry.entryId(), entry.category(), standing.levelOn(query.asOf()),
                entry.batch(), entry.enterprise(), entry.enterpriseName(), entry.divisionCode(), entry.districtName(),
                entry.unit(), standing.listedFrom(), standing.removedFrom()));
    }

    /**
     * A listed unit owes each year's declaration from its listing year on, until it is filed or
     * recorded missed; a review every cycle while plainly listed; its rectification by the deadline.
     */
    private static List<UpkeepItem> upkeep(Document document, FindUpkeep query) {
        EntrySummary entry = RegisterDocuments.toSummary(document);
        List<UpkeepItem> items = new ArrayList<>();
        Set<Integer> settled = new HashSet<>(document.getList("missedDeclarations", Integer.class));
        document.getList("declarations", Document.class).forEach(d -> settled.add(d.getInteger("year")));
        for (int year = entry.listedFrom().getYear(); !UpkeepRules.declarationDue(year).isAfter(query.until()); year++) {
            if (!settled.contains(year)) {
                items.add(item(UpkeepKind.DECLARATION_DUE, UpkeepRules.declarationDue(year), entry, year, query));
            }
        }
        LocalDate deadline = RegisterDocuments.date(document.getString("rectificationDeadline"));
        if (entry.status() == EntryStatus.UNDER_RECTIFICATION && deadline != null && !deadline.isAfter(query.until())) {
            items.add(item(UpkeepKind.RECTIFICATION_DEADLINE, deadline, entry, null, query));
        }
        LocalDate reviewedSince = RegisterDocuments.date(document.getString("reviewedSince"));
        if (entry.status() == EntryStatus.LISTED && reviewedSince != null) {
            LocalDate due = UpkeepRules.reviewDue(reviewedSince);
            if (!due.isAfter(query.until())) {
                items.add(item(UpkeepKind.REVIEW_DUE, due, entry, null, query));
            }
        }
        return items;
    }

    private static UpkeepItem item(UpkeepKind kind, LocalDate due, EntrySummary entry, Integer year, FindUpkeep query) {
        return new UpkeepItem(kind, due, due.isBefore(query.today()), entry.entryId(), entry.enterprise(),
                entry.enterpriseName(), entry.category(), year);
    }
}
