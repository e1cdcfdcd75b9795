package org.greenledger.kernel.greenlist;

/** What a list entry names: the enterprise itself, one of its products, or a park it operates. */
public enum UnitKind {
    ENTERPRISE, PRODUCT, PARK
}
