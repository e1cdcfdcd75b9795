package org.greenledger.kernel.greenfinance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenledger.kernel.failure.InvalidInput;
import org.greenledger.kernel.failure.NotFound;

/**
 * The green-finance catalogue versions, oldest first, each in force for its own days: a check
 * stamps the version in force on its date, and a request keeps the version it was made under.
 * <p>
 * The categories are a working subset of the two texts (first and second levels, as we read them):
 * enough to file and check credit requests; the office completes them from the official texts as
 * new versions, never by editing these.
 */
public final class GreenCatalogues {

    public static final GreenCatalogue GIGC_2019 = new GreenCatalogue("GIGC-2019", "绿色产业指导目录（2019年版）",
            "发改环资〔2019〕293号", LocalDate.of(2019, 2, 14), LocalDate.of(2025, 9, 30), Map.ofEntries(
            Map.entry("1", "节能环保产业"),
            Map.entry("1.1", "高效节能装备制造"),
            Map.entry("1.2", "先进环保装备制造"),
            Map.entry("1.3", "资源循环利用装备制造"),
            Map.entry("1.4", "新能源汽车和绿色船舶制造"),
            Map.entry("1.5", "节能改造"),
            Map.entry("1.6", "污染治理"),
            Map.entry("1.7", "资源循环利用"),
            Map.entry("2", "清洁生产产业"),
            Map.entry("2.1", "产业园区绿色升级"),
            Map.entry("2.2", "无毒无害原料替代使用与危险废物治理"),
            Map.entry("2.3", "生产过程废气处理处置及资源化综合利用"),
            Map.entry("2.4", "生产过程节水和废水处理处置及资源化综合利用"),
            Map.entry("2.5", "生产过程废渣处理处置及资源化综合利用"),
            Map.entry("3", "清洁能源产业"),
            Map.entry("3.1", "新能源与清洁能源装备制造"),
            Map.entry("3.2", "清洁能源设施建设和运营"),
            Map.entry("3.3", "传统能源清洁高效利用"),
            Map.entry("3.4", "能源系统高效运行"),
            Map.entry("4", "生态环境产业"),
            Map.entry("5", "基础设施绿色升级"),
            Map.entry("6", "绿色服务")));

    public static final GreenCatalogue GFSP_2025 = new GreenCatalogue("GFSP-2025", "绿色金融支持项目目录（2025年版）",
            "中国人民银行 金融监管总局 中国证监会", LocalDate.of(2025, 10, 1), null, Map.ofEntries(
            Map.entry("1", "节能降碳产业"),
            Map.entry("1.1", "高效节能装备制造"),
            Map.entry("1.2", "工业节能降碳改造"),
            Map.entry("2", "环境保护产业"),
            Map.entry("2.1", "先进环保装备制造"),
            Map.entry("2.2", "工业污染治理"),
            Map.entry("3", "资源循环利用产业"),
            Map.entry("3.1", "资源循环利用装备制造"),
            Map.entry("3.2", "工业固体废物综合利用"),
            Map.entry("4", "能源绿色低碳转型"),
            Map.entry("4.1", "新能源与清洁能源装备制造"),
            Map.entry("4.2", "清洁能源设施建设和运营"),
            Map.entry("5", "生态保护修复和利用"),
            Map.entry("6", "基础设施绿色升级"),
            Map.entry("7", "绿色服务")));

    private static final List<GreenCatalogue> PUBLISHED = List.of(GIGC_2019, GFSP_2025);

    private GreenCatalogues() {
    }

    public static List<GreenCatalogue> published() {
        return PUBLISHED;
    }

    /** The version in force on {@code day}; days before the first version have none. */
    public static GreenCatalogue inForceOn(LocalDate day) {
        for (GreenCatalogue catalogue : PUBLISHED) {
            if (catalogue.inForceOn(day)) {
                return catalogue;
            }
        }
        throw new InvalidInput("greenfinance.no-catalogue", "No green-finance catalogue was in force on " + day
                + "; the first (" + GIGC_2019.version() + ") took effect on " + GIGC_2019.effectiveFrom() + ".");
    }

    /** The version a request or a recorded check names. */
    public static GreenCatalogue version(String version) {
        for (GreenCatalogue catalogue : PUBLISHED) {
            if (catalogue.version().equals(version)) {
                return catalogue;
            }
        }
        throw new NotFound("greenfinance.unknown-catalogue", "There is no catalogue version " + version
                + "; published: " + PUBLISHED.stream().map(GreenCatalogue::version).toList() + ".");
    }
}
