package org.greenledger.query.greenlist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.greenledger.contracts.greenlist.DeclarationRecord;
import org.greenledger.contracts.greenlist.EntryRecord;
import org.greenledger.contracts.greenlist.EntryStatus;
import org.greenledger.contracts.greenlist.EntrySummary;
import org.greenledger.contracts.greenlist.HistoryLine;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.Uscc;
import org.greenledger.kernel.greenlist.BatchName;
import org.greenledger.kernel.greenlist.CubicMetres;
import org.greenledger.kernel.greenlist.EntryId;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListLevel;
import org.greenledger.kernel.greenlist.ListedUnit;
import org.greenledger.kernel.greenlist.Percent;
import org.greenledger.kernel.greenlist.RemovalReason;
import org.greenledger.kernel.greenlist.Score;
import org.greenledger.kernel.greenlist.UnitKind;
import org.greenledger.kernel.greenlist.UpkeepRules;
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;
import org.greenledger.query.PositionGuard;

/**
 * The shape of a document of the {@code greenlist_entries} collection: one per entry, {@code _id}
 * the entry id. Dates are ISO text and instants ISO text too, so record times keep their full
 * precision for as-of questions. {@code facts} holds the dated changes ({@link Fact}),
 * {@code history} one line per event.
 */
final class RegisterDocuments {

    static final String COLLECTION = "greenlist_entries";
    static final String ID = "_id";
    static final String POSITION = PositionGuard.POSITION;
    static final String USCC = "uscc";
    static final String CATEGORY = "category";
    static final String LEVEL = "level";
    static final String BATCH = "batch";
    static final String DIVISION = "divisionCode";
    static final String STATUS = "status";
    static final String LISTED_FROM = "listedFrom";
    static final String FACTS = "facts";
    static final String HISTORY = "history";

    private RegisterDocuments() {
    }

    static Document unit(ListedUnit unit) {
        return new Document("kind", unit.kind().name())
                .append("name", unit.name())
                .append("model", unit.model())
                .append("areaKm2", unit.areaKm2() == null ? null : unit.areaKm2().toPlainString());
    }

    static Document fact(Fact fact) {
        return new Document("kind", fact.kind().name())
                .append("effective", fact.effective().toString())
                .append("recordedAt", fact.recordedAt().toString())
                .append("level", fact.level() == null ? null : fact.level().name());
    }

    static List<Fact> facts(Document entry) {
        return entry.getList(FACTS, Document.class).stream()
                .map(f -> new Fact(Fact.Kind.valueOf(f.getString("kind")), LocalDate.parse(f.getString("effective")),
                        Instant.parse(f.getString("recordedAt")), level(f.getString("level"))))
                .toList();
    }

    static EntrySummary toSummary(Document d) {
        String score = d.getString("score");
        String removalReason = d.getString("removalReason");
        return new EntrySummary(
                EntryId.of(d.getString(ID)),
                ListCategory.valueOf(d.getString(CATEGORY)),
                ListLevel.valueOf(d.getString(LEVEL)),
                BatchName.of(d.getString(BATCH)),
                Uscc.of(d.getString(USCC)),
                d.getString("enterpriseName"),
                DivisionCode.of(d.getString(DIVISION)),
                d.getString("districtName"),
                toUnit(d.get("unit", Document.class)),
                EntryStatus.valueOf(d.getString(STATUS)),
                score == null ? null : Score.of(score),
                date(d.getString(LISTED_FROM)),
                date(d.getString("removedFrom")),
                removalReason == null ? null : RemovalReason.valueOf(removalReason),
                Instant.parse(d.getString("nominatedAt")),
                Instant.parse(d.getString("updatedAt")),
                d.getLong(POSITION));
    }

    static EntryRecord toRecord(Document d) {
        EntrySummary entry = toSummary(d);
        LocalDate reviewedSince = date(d.getString("reviewedSince"));
        return new EntryRecord(entry,
                d.getList("declarations", Document.class).stream().map(RegisterDocuments::toDeclaration).toList(),
                d.getList("missedDeclarations", Integer.class),
                date(d.getString("rectificationDeadline")),
                entry.status() == EntryStatus.LISTED && reviewedSince != null ? UpkeepRules.reviewDue(reviewedSince) : null,
                d.getList(HISTORY, Document.class).stream().map(RegisterDocuments::toLine).toList());
    }

    static Document declaration(DeclarationRecord declaration) {
        return new Document("year", declaration.year())
                .append("energyUseTce", declaration.energyUse().tonnes().toPlainString())
                .append("outputValueFen", declaration.outputValue().fen())
                .append("waterM3", declaration.water().value().toPlainString())
                .append("solidWasteUtilisationPercent", declaration.solidWasteUtilisation().value().toPlainString())
                .append("dueOn", declaration.dueOn().toString())
                .append("late", declaration.late())
                .append("filedAt", declaration.filedAt().toString());
    }

    static Document line(HistoryLine line) {
        return new Document(POSITION, line.position())
                .append("recordedAt", line.recordedAt().toString())
                .append("event", line.event())
                .append("subject", line.subject())
                .append("role", line.role())
                .append("effectiveFrom", line.effectiveFrom() == null ? null : line.effectiveFrom().toString())
                .append("detail", line.detail());
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static ListLevel level(String text) {
        return text == null ? null : ListLevel.valueOf(text);
    }

    private static ListedUnit toUnit(Document unit) {
        String area = unit.getString("areaKm2");
        return new ListedUnit(UnitKind.valueOf(unit.getString("kind")), unit.getString("name"), unit.getString("model"),
                area == null ? null : new BigDecimal(area));
    }

    private static DeclarationRecord toDeclaration(Document d) {
        return new DeclarationRecord(d.getInteger("year"), Tce.of(d.getString("energyUseTce")),
                Money.ofFen(d.getLong("outputValueFen")), CubicMetres.of(d.getString("waterM3")),
                Percent.of(d.getString("solidWasteUtilisationPercent")), LocalDate.parse(d.getString("dueOn")),
                d.getBoolean("late"), Instant.parse(d.getString("filedAt")));
    }

    private static HistoryLine toLine(Document d) {
        return new HistoryLine(d.getLong(POSITION), Instant.parse(d.getString("recordedAt")), d.getString("event"),
                d.getString("subject"), d.getString("role"), date(d.getString("effectiveFrom")), d.getString("detail"));
    }
}
