package org.greenledger.kernel.greenlist;

/**
 * The categories of the green-manufacturing list (plan §(六)15). The category decides what the
 * listed unit is: a green design product is a product with a name and a model, a park is a named
 * area operated by the nominated enterprise, every other category lists the enterprise itself.
 */
public enum ListCategory {
    GREEN_FACTORY("绿色工厂", UnitKind.ENTERPRISE),
    GREEN_PARK("绿色园区", UnitKind.PARK),
    GREEN_SUPPLY_CHAIN("绿色供应链管理企业", UnitKind.ENTERPRISE),
    GREEN_DESIGN_PRODUCT("绿色设计产品", UnitKind.PRODUCT),
    GREEN_DESIGN_DEMONSTRATION("绿色设计示范企业", UnitKind.ENTERPRISE),
    ZERO_CARBON_FACTORY("零碳工厂试点", UnitKind.ENTERPRISE),
    ZERO_CARBON_PARK("零碳园区试点", UnitKind.PARK),
    ZERO_CARBON_SUPPLY_CHAIN("零碳供应链试点", UnitKind.ENTERPRISE);

    private final String officialName;
    private final UnitKind unitKind;

    ListCategory(String officialName, UnitKind unitKind) {
        this.officialName = officialName;
        this.unitKind = unitKind;
    }

    /** The category's name in the commission's notices, e.g. 绿色工厂. */
    public String officialName() {
        return officialName;
    }

    public UnitKind unitKind() {
        return unitKind;
    }
}
