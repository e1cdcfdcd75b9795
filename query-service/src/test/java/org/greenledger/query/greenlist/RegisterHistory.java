package org.greenledger.query.greenlist;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.greenledger.contracts.enterprise.ProfileChanged;
import org.greenledger.contracts.greenlist.DeclarationFiled;
import org.greenledger.contracts.greenlist.DeclarationMissed;
import org.greenledger.contracts.greenlist.EntryEvaluated;
import org.greenledger.contracts.greenlist.EntryListed;
import org.greenledger.contracts.greenlist.EntryNominated;
import org.greenledger.contracts.greenlist.EntryRemoved;
import org.greenledger.contracts.greenlist.EntryUpgraded;
import org.greenledger.contracts.greenlist.ListingDateCorrected;
import org.greenledger.contracts.greenlist.NominationDeclined;
import org.greenledger.contracts.greenlist.RectificationConfirmed;
import org.greenledger.contracts.greenlist.RectificationDemanded;
import org.greenledger.contracts.greenlist.RectificationMissed;
import org.greenledger.contracts.greenlist.RemovalDateCorrected;
import org.greenledger.contracts.greenlist.ReviewPassed;
import org.greenledger.kernel.enterprise.DivisionCode;
import org.greenledger.kernel.enterprise.IndustryCode;
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
import org.greenledger.platform.messaging.MetaDataKeys;

/**
 * A small register's whole history, at global positions 0, 1, 2, … in list order. "Now" is
 * 30 June 2026.
 * <ul>
 * <li>{@link #FACTORY}: Baoshan steel's green factory (2024-2), listed from 2025-01-01, national
 *     from 2025-12-01, removed on 2026-06-30 back-dated to 2026-05-12, corrected to 2026-05-10.</li>
 * <li>{@link #PRODUCT}: Pudong chemicals' green design product (2025-1), listed from 2025-06-01,
 *     2025 declared, under rectification until 2026-09-30. The enterprise moved to Xuhui.</li>
 * <li>{@link #PARK}: the park operator's green park (2025-1), declined.</li>
 * <li>{@link #SUPPLY_CHAIN}: the park operator's green supply chain (2023-1), listed from
 *     2023-03-01, 2023 declared, 2024 missed, 2025 open, review due 2026-03-01.</li>
 * <li>{@link #DEMONSTRATION}: Baoshan steel's green design demonstration (2023-1), listed from
 *     2023-06-01 corrected to 2023-06-15, 2023 declared late, reviewed, rectified once, then missed
 *     a second rectification (deadline 2026-03-31).</li>
 * <li>{@link #ZERO_CARBON}: Baoshan steel's zero-carbon factory pilot (2025-1), nominated only.</li>
 * </ul>
 */
final class RegisterHistory {

    static final Uscc STEEL = Uscc.of("91310113MA1FL4G931");
    static final Uscc CHEMICALS = Uscc.of("9131000013221158XC");
    static final Uscc PARK_OPERATOR = Uscc.of("523101155013254601");
    static final DivisionCode BAOSHAN = DivisionCode.of("310113");
    static final DivisionCode PUDONG = DivisionCode.of("310115");
    static final DivisionCode XUHUI = DivisionCode.of("310104");
    static final BatchName B2023 = BatchName.of("2023-1");
    static final BatchName B2024 = BatchName.of("2024-2");
    static final BatchName B2025 = BatchName.of("2025-1");
    static final ListedUnit PLATE = ListedUnit.product("环保涂料", "HB-200");
    static final ListedUnit BAOSHAN_PARK = ListedUnit.park("宝山城市工业园区", new BigDecimal("12.5"));

    static final EntryId FACTORY = EntryId.forUnit(B2024, ListCategory.GREEN_FACTORY, STEEL, ListedUnit.enterprise());
    static final EntryId PRODUCT = EntryId.forUnit(B2025, ListCategory.GREEN_DESIGN_PRODUCT, CHEMICALS, PLATE);
    static final EntryId PARK = EntryId.forUnit(B2025, ListCategory.GREEN_PARK, PARK_OPERATOR, BAOSHAN_PARK);
    static final EntryId SUPPLY_CHAIN = EntryId.forUnit(B2023, ListCategory.GREEN_SUPPLY_CHAIN, PARK_OPERATOR, ListedUnit.enterprise());
    static final EntryId DEMONSTRATION = EntryId.forUnit(B2023, ListCategory.GREEN_DESIGN_DEMONSTRATION, STEEL, ListedUnit.enterprise());
    static final EntryId ZERO_CARBON = EntryId.forUnit(B2025, ListCategory.ZERO_CARBON_FACTORY, STEEL, ListedUnit.enterprise());

    static final Instant REMOVED_AT = Instant.parse("2026-06-30T02:00:00Z");
    static final Instant NOW = Instant.parse("2026-07-10T00:00:00Z");
    static final MetaData OFFICIAL = MetaData.with(MetaDataKeys.SUBJECT, "wang.li").and(MetaDataKeys.ROLE, "OFFICIAL");

    /** One recorded event and the metadata it carried. */
    record Recorded(Object event, MetaData metaData) {
    }

    static final List<Recorded> HISTORY = List.of(
            official(new EntryNominated(SUPPLY_CHAIN, ListCategory.GREEN_SUPPLY_CHAIN, ListLevel.MUNICIPAL, B2023, PARK_OPERATOR,
                    "上海宝山园区发展有限公司", BAOSHAN, ListedUnit.enterprise(), at("2023-01-10"))),
            official(new EntryEvaluated(SUPPLY_CHAIN, Score.of("91"), "上海市节能监察中心", "EV-2023-004", at("2023-02-01"))),
            official(new EntryListed(SUPPLY_CHAIN, ListLevel.MUNICIPAL, LocalDate.parse("2023-03-01"), "沪经信节〔2023〕9号", at("2023-03-01"))),
            enterprise(PARK_OPERATOR, new DeclarationFiled(SUPPLY_CHAIN, 2023, Tce.of("800"), Money.ofYuan("120000000"),
                    CubicMetres.of("20000"), Percent.of("97.5"), LocalDate.parse("2024-03-31"), false, at("2024-03-20"))),
            official(new DeclarationMissed(SUPPLY_CHAIN, 2024, LocalDate.parse("2025-03-31"), at("2025-04-02"))),
            official(new EntryNominated(DEMONSTRATION, ListCategory.GREEN_DESIGN_DEMONSTRATION, ListLevel.MUNICIPAL, B2023, STEEL,
                    "上海宝山示范钢铁有限公司", BAOSHAN, ListedUnit.enterprise(), at("2023-01-11"))),
            official(new EntryEvaluated(DEMONSTRATION, Score.of("80"), "上海市节能监察中心", "EV-2023-005", at("2023-02-02"))),
            official(new EntryListed(DEMONSTRATION, ListLevel.MUNICIPAL, LocalDate.parse("2023-06-01"), "沪经信节〔2023〕9号", at("2023-03-01"))),
            enterprise(STEEL, new DeclarationFiled(DEMONSTRATION, 2023, Tce.of("15000"), Money.ofYuan("900000000"),
                    CubicMetres.of("400000"), Percent.of("95"), LocalDate.parse("2024-03-31"), true, at("2024-04-10"))),
            official(new ReviewPassed(DEMONSTRATION, LocalDate.parse("2024-06-01"), "FH-2024-02", at("2024-06-03"))),
            official(new RectificationDemanded(DEMONSTRATION, LocalDate.parse("2025-06-01"), "设计评价报告缺失", LocalDate.parse("2025-09-30"),
                    at("2025-06-02"))),
            official(new RectificationConfirmed(DEMONSTRATION, LocalDate.parse("2025-09-20"), "ZG-2025-11", at("2025-09-22"))),
            official(new RectificationDemanded(DEMONSTRATION, LocalDate.parse("2026-01-05"), "能耗数据不实", LocalDate.parse("2026-03-31"),
                    at("2026-01-06"))),
            official(new RectificationMissed(DEMONSTRATION, LocalDate.parse("2026-03-31"), at("2026-04-02"))),
            official(new ListingDateCorrected(DEMONSTRATION, LocalDate.parse("2023-06-01"), LocalDate.parse("2023-06-15"),
                    "公告日期录入有误", at("2026-04-03"))),
            official(new EntryNominated(FACTORY, ListCategory.GREEN_FACTORY, ListLevel.MUNICIPAL, B2024, STEEL,
                    "上海宝山示范钢铁有限公司", BAOSHAN, ListedUnit.enterprise(), at("2024-10-08"))),
            official(new EntryEvaluated(FACTORY, Score.of("86.5"), "上海市节能监察中心", "EV-2024-118", at("2024-11-20"))),
            official(new EntryListed(FACTORY, ListLevel.MUNICIPAL, LocalDate.parse("2025-01-01"), "沪经信节〔2024〕88号", at("2025-01-02"))),
            official(new EntryNominated(PRODUCT, ListCategory.GREEN_DESIGN_PRODUCT, ListLevel.MUNICIPAL, B2025, CHEMICALS,
                    "上海浦东化工有限公司", PUDONG, PLATE, at("2025-03-03"))),
            official(new EntryNominated(PARK, ListCategory.GREEN_PARK, ListLevel.MUNICIPAL, B2025, PARK_OPERATOR,
                    "上海宝山园区发展有限公司", BAOSHAN, BAOSHAN_PARK, at("2025-03-04"))),
            official(new EntryNominated(ZERO_CARBON, ListCategory.ZERO_CARBON_FACTORY, ListLevel.MUNICIPAL, B2025, STEEL,
                    "上海宝山示范钢铁有限公司", BAOSHAN, ListedUnit.enterprise(), at("2025-03-05"))),
            official(new EntryEvaluated(PRODUCT, Score.of("88"), "中国质量认证中心", "EV-2025-031", at("2025-04-20"))),
            official(new NominationDeclined(PARK, List.of("园区边界与申报材料不符"), at("2025-04-21"))),
            official(new EntryListed(PRODUCT, ListLevel.MUNICIPAL, LocalDate.parse("2025-06-01"), "沪经信节〔2025〕40号", at("2025-05-28"))),
            official(new EntryUpgraded(FACTORY, ListLevel.NATIONAL, LocalDate.parse("2025-12-01"), "工信部节函〔2025〕7号", at("2025-12-03"))),
            enterprise(CHEMICALS, new DeclarationFiled(PRODUCT, 2025, Tce.of("1250.5"), Money.ofYuan("880000.12"),
                    CubicMetres.of("35000.5"), Percent.of("96.25"), LocalDate.parse("2026-03-31"), false, at("2026-02-10"))),
            official(new RectificationDemanded(PRODUCT, LocalDate.parse("2026-03-15"), "VOCs 排放超标", LocalDate.parse("2026-09-30"),
                    at("2026-03-16"))),
            new Recorded(new ProfileChanged(CHEMICALS, "上海徐汇化工有限公司", XUHUI, IndustryCode.of("C2641"), true, at("2026-04-01")),
                    MetaData.emptyInstance()),
            official(new EntryRemoved(FACTORY, RemovalReason.ENVIRONMENTAL_INCIDENT, "较大突发环境事件", LocalDate.parse("2026-05-12"),
                    "沪经信节〔2026〕31号", REMOVED_AT)),
            official(new RemovalDateCorrected(FACTORY, LocalDate.parse("2026-05-12"), LocalDate.parse("2026-05-10"),
                    "事件发生日期核实为5月10日", at("2026-07-02"))));

    private RegisterHistory() {
    }

    /** Hands an event to its handler, as the processor would. */
    static void apply(RegisterProjection projection, Recorded recorded, TrackingToken token) {
        MetaData m = recorded.metaData();
        Object event = recorded.event();
        if (event instanceof EntryNominated e) {
            projection.on(e, token, m);
        } else if (event instanceof EntryEvaluated e) {
            projection.on(e, token, m);
        } else if (event instanceof EntryListed e) {
            projection.on(e, token, m);
        } else if (event instanceof NominationDeclined e) {
            projection.on(e, token, m);
        } else if (event instanceof DeclarationFiled e) {
            projection.on(e, token, m);
        } else if (event instanceof DeclarationMissed e) {
            projection.on(e, token, m);
        } else if (event instanceof ReviewPassed e) {
            projection.on(e, token, m);
        } else if (event instanceof RectificationDemanded e) {
            projection.on(e, token, m);
        } else if (event instanceof RectificationConfirmed e) {
            projection.on(e, token, m);
        } else if (event instanceof RectificationMissed e) {
            projection.on(e, token, m);
        } else if (event instanceof EntryRemoved e) {
            projection.on(e, token, m);
        } else if (event instanceof EntryUpgraded e) {
            projection.on(e, token, m);
        } else if (event instanceof ListingDateCorrected e) {
            projection.on(e, token, m);
        } else if (event instanceof RemovalDateCorrected e) {
            projection.on(e, token, m);
        } else if (event instanceof ProfileChanged e) {
            projection.on(e, token);
        } else {
            throw new IllegalArgumentException("not a register event: " + event);
        }
    }

    static Instant at(String day) {
        return Instant.parse(day + "T02:00:00Z");
    }

    private static Recorded official(Object event) {
        return new Recorded(event, OFFICIAL);
    }

    private static Recorded enterprise(Uscc uscc, Object event) {
        return new Recorded(event, MetaData.with(MetaDataKeys.SUBJECT, uscc.value()).and(MetaDataKeys.ROLE, "ENTERPRISE"));
    }
}
