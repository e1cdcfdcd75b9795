package org.greenledger.command.greenlist;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.greenledger.contracts.greenlist.DeclarationFiled;
import org.greenledger.contracts.greenlist.DeclarationMissed;
import org.greenledger.contracts.greenlist.EntryEvaluated;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.greenlist.EntryUpgraded;
import org.greenledger.contracts.greenlist.FileDeclaration;
import org.greenledger.contracts.greenlist.NominateUnit;
import org.greenledger.contracts.greenlist.NominationDeclined;
import org.greenledger.contracts.greenlist.RectificationDemanded;
import org.greenledger.contracts.greenlist.RectificationMissed;
import org.greenledger.contracts.greenlist.RemoveFromList;
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
import org.greenledger.kernel.quantity.Money;
import org.greenledger.kernel.quantity.Tce;

/**
 * Test data: a Baoshan steel works nominated as a municipal green factory in batch 2024-2 and
 * listed from 2025-01-01. "Now" is 30 June 2026 in Shanghai: the 2025 declaration (due
 * 2026-03-31) is overdue, 2026 is not over.
 */
final class GreenlistFixtures {

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc OTHER = Uscc.of("9131000013221158XC");
    static final Uscc UNREGISTERED = Uscc.of("91350100M000100Y43");
    static final Uscc DISHONEST = Uscc.of("523101155013254601");
    static final String NAME = "上海宝山示范钢铁有限公司";
    static final DivisionCode BAOSHAN = DivisionCode.of("310113");
    static final BatchName BATCH = BatchName.of("2024-2");
    static final ListedUnit FACTORY = ListedUnit.enterprise();
    static final EntryId ENTRY = EntryId.forUnit(BATCH, ListCategory.GREEN_FACTORY, STEEL, FACTORY);
    static final Instant NOW = Instant.parse("2026-06-30T02:00:00Z");
    static final Instant EARLIER = Instant.parse("2025-01-02T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    /** 23:00 in Shanghai on 31 March 2026: the last hour on time for the 2025 declaration. */
    static final Instant LAST_HOUR = Instant.parse("2026-03-31T15:00:00Z");
    static final LocalDate LISTED_FROM = LocalDate.of(2025, 1, 1);

    static final EnterpriseRecords RECORDS = uscc -> {
        if (uscc.equals(STEEL)) {
            return Optional.of(new EnterpriseRecords.OnRecord(NAME, BAOSHAN, false));
        }
        if (uscc.equals(DISHONEST)) {
            return Optional.of(new EnterpriseRecords.OnRecord("上海宝山绿色协会", BAOSHAN, true));
        }
        return Optional.empty();
    };

    private GreenlistFixtures() {
    }

    static NominateUnit nominate() {
        return new NominateUnit(ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BATCH, STEEL, FACTORY);
    }

    static EntryNominated nominated() {
        return new EntryNominated(ENTRY, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, BATCH, STEEL, NAME, BAOSHAN,
                FACTORY, EARLIER);
    }

    static EntryEvaluated evaluated() {
        return new EntryEvaluated(ENTRY, new Score(new BigDecimal("86.5")), "上海市节能监察中心", "EV-2024-118", EARLIER);
    }

    static EntryListed listed() {
        return new EntryListed(ENTRY, ListLevel.MUNICIPAL, LISTED_FROM, "沪经信节〔2024〕88号", EARLIER);
    }

    static Object[] onTheList() {
        return new Object[] {nominated(), evaluated(), listed()};
    }

    static Object[] onTheListAnd(Object... more) {
        Object[] history = new Object[3 + more.length];
        System.arraycopy(onTheList(), 0, history, 0, 3);
        System.arraycopy(more, 0, history, 3, more.length);
        return history;
    }

    static NominationDeclined declined() {
        return new NominationDeclined(ENTRY, List.of("能耗指标未达标"), EARLIER);
    }

    static FileDeclaration declare(Uscc declarant, int year) {
        return new FileDeclaration(ENTRY, declarant, year, Tce.of("12500.5"), Money.ofYuan("880000000"),
                CubicMetres.of("350000"), Percent.of("96.5"));
    }

    static DeclarationFiled declared(int year, boolean late) {
        return declared(year, late, EARLIER);
    }

    static DeclarationFiled declared(int year, boolean late, Instant filedAt) {
        return new DeclarationFiled(ENTRY, year, Tce.of("12500.5"), Money.ofYuan("880000000"), CubicMetres.of("350000"),
                Percent.of("96.5"), LocalDate.of(year + 1, 3, 31), late, filedAt);
    }

    static DeclarationMissed missed(int year) {
        return new DeclarationMissed(ENTRY, year, LocalDate.of(year + 1, 3, 31), EARLIER);
    }

    static RectificationDemanded rectificationDemanded(LocalDate deadline) {
        return new RectificationDemanded(ENTRY, LocalDate.of(2026, 1, 10), "固废利用率不足", deadline, EARLIER);
    }

    static RectificationMissed rectificationMissed() {
        return new RectificationMissed(ENTRY, LocalDate.of(2026, 4, 30), EARLIER);
    }

    static RemoveFromList remove(RemovalReason reason, LocalDate effectiveFrom) {
        return new RemoveFromList(ENTRY, reason, "2026-05-12 发生较大环境事件", effectiveFrom, "沪经信节〔2026〕31号");
    }

    static EntryRemoved removed(LocalDate effectiveFrom) {
        return new EntryRemoved(ENTRY, RemovalReason.ENVIRONMENTAL_INCIDENT, "2026-05-12 发生较大环境事件", effectiveFrom,
                "沪经信节〔2026〕31号", EARLIER);
    }

    static EntryUpgraded upgraded(LocalDate effectiveFrom) {
        return new EntryUpgraded(ENTRY, ListLevel.NATIONAL, effectiveFrom, "工信部节函〔2025〕7号", EARLIER);
    }
}
