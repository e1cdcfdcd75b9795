package org.greenledger.query.greenlist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenledger.contracts.greenlist.DeclarationRecord;
import org.greenledger.contracts.greenlist.EntryPage;
import org.greenledger.contracts.greenlist.EntryRecord;
import org.greenledger.contracts.greenlist.EntrySummary;
import org.greenledger.contracts.greenlist.HistoryLine;
import org.greenledger.contracts.greenlist.RegisterLine;
import org.greenledger.contracts.greenlist.RegisterPage;
import org.greenledger.contracts.greenlist.UpkeepItem;
import org.greenledger.kernel.greenlist.ListCategory;
import org.greenledger.kernel.greenlist.ListedUnit;

/** The JSON the green-list endpoints answer with: codes as plain strings, dates as ISO text. */
final class RegisterViews {

    private RegisterViews() {
    }

    record Unit(String kind, String name, String model, BigDecimal areaKm2) {

        static Unit of(ListedUnit unit) {
            return new Unit(unit.kind().name(), unit.name(), unit.model(), unit.areaKm2());
        }
    }

    record Entry(String entryId, String category, String categoryName, String level, String batch, String uscc,
                 String enterpriseName, String divisionCode, String districtName, Unit unit, String status,
                 BigDecimal score, LocalDate listedFrom, LocalDate removedFrom, String removalReason,
                 Instant nominatedAt, Instant updatedAt, long position) {

        static Entry of(EntrySummary e) {
            return new Entry(e.entryId().value(), e.category().name(), e.category().officialName(), e.level().name(),
                    e.batch().value(), e.enterprise().value(), e.enterpriseName(), e.divisionCode().value(),
                    e.districtName(), Unit.of(e.unit()), e.status().name(),
                    e.score() == null ? null : e.score().points(), e.listedFrom(), e.removedFrom(),
                    e.removalReason() == null ? null : e.removalReason().name(), e.nominatedAt(), e.updatedAt(),
                    e.position());
        }
    }

    record Declaration(int year, BigDecimal energyUseTce, String outputValueYuan, BigDecimal waterM3,
                       BigDecimal solidWasteUtilisationPercent, LocalDate dueOn, boolean late, Instant filedAt) {

        static Declaration of(DeclarationRecord d) {
            return new Declaration(d.year(), d.energyUse().tonnes(), d.outputValue().toYuan(), d.water().value(),
                    d.solidWasteUtilisation().value(), d.dueOn(), d.late(), d.filedAt());
        }
    }

    record Record(Entry entry, List<Declaration> declarations, List<Integer> missedDeclarations,
                  LocalDate rectificationDeadline, LocalDate nextReviewDue, List<HistoryLine> history) {

        static Record of(EntryRecord r) {
            return new Record(Entry.of(r.entry()), r.declarations().stream().map(Declaration::of).toList(),
                    r.missedDeclarations(), r.rectificationDeadline(), r.nextReviewDue(), r.history());
        }
    }

    record Page(List<Entry> items, int page, int size, long total) {

        static Page of(EntryPage page) {
            return new Page(page.items().stream().map(Entry::of).toList(), page.page(), page.size(), page.total());
        }
    }

    record Line(String entryId, String category, String categoryName, String level, String batch, String uscc,
                String enterpriseName, String divisionCode, String districtName, Unit unit, LocalDate listedFrom,
                LocalDate removedFrom) {

        static Line of(RegisterLine l) {
            ListCategory category = l.category();
            return new Line(l.entryId().value(), category.name(), category.officialName(), l.level().name(),
                    l.batch().value(), l.enterprise().value(), l.enterpriseName(), l.divisionCode().value(),
                    l.districtName(), Unit.of(l.unit()), l.listedFrom(), l.removedFrom());
        }
    }

    record Register(List<Line> items, LocalDate asOf, Instant knownAt, int page, int size, long total) {

        static Register of(RegisterPage page) {
            return new Register(page.items().stream().map(Line::of).toList(), page.asOf(), page.knownAt(), page.page(),
                    page.size(), page.total());
        }
    }

    record Item(String kind, LocalDate dueOn, boolean overdue, String entryId, String uscc, String enterpriseName,
                String category, Integer year) {

        static Item of(UpkeepItem i) {
            return new Item(i.kind().name(), i.dueOn(), i.overdue(), i.entryId().value(), i.enterprise().value(),
                    i.enterpriseName(), i.category().name(), i.year());
        }
    }

    record Calendar(LocalDate today, LocalDate until, List<Item> items) {
    }
}
