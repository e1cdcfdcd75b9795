package org.greenledger.kernel.subsidy;

/** The directions a funding programme (申报指南) supports, as the plan names them (§(九)24, §(三)7-8, §(四)9). */
public enum Direction {
    ENERGY_SAVING_RETROFIT("节能改造"),
    CLEAN_PRODUCTION("清洁生产"),
    RESOURCE_RECYCLING("资源循环利用"),
    GREEN_MANUFACTURING_DEMONSTRATION("绿色制造示范"),
    DATA_CENTRE_PUE_RETROFIT("数据中心PUE改造"),
    RENEWABLE_ENERGY("可再生能源"),
    INTEREST_SUBSIDY("贴息");

    private final String officialName;

    Direction(String officialName) {
        this.officialName = officialName;
    }

    public String officialName() {
        return officialName;
    }
}
