package org.greenledger.kernel.subsidy;

/**
 * What kind of project an application is for. The new-capacity categories are "两高" (high energy
 * use, high emission) projects, which a rule set may exclude (plan §(三)7: 坚决遏制"两高"项目盲目发展).
 */
public enum ProjectCategory {
    ENERGY_SAVING_RETROFIT(false),
    CLEAN_PRODUCTION(false),
    RESOURCE_RECYCLING(false),
    GREEN_MANUFACTURING_SYSTEM(false),
    DATA_CENTRE_PUE_RETROFIT(false),
    RENEWABLE_ENERGY(false),
    GREEN_LOAN_INTEREST(false),
    NEW_CAPACITY_STEEL(true),
    NEW_CAPACITY_CEMENT(true),
    NEW_CAPACITY_COKING(true),
    NEW_CAPACITY_PETROCHEMICAL(true),
    NEW_COAL_POWER(true);

    private final boolean twoHigh;

    ProjectCategory(boolean twoHigh) {
        this.twoHigh = twoHigh;
    }

    /** True for a "两高" project. */
    public boolean twoHigh() {
        return twoHigh;
    }
}
