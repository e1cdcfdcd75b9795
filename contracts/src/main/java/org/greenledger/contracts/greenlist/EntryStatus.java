package org.greenledger.contracts.greenlist;

/**
 * Where an entry stands in its lifecycle now. {@link #LISTED}, {@link #UNDER_RECTIFICATION} and
 * {@link #RECTIFICATION_MISSED} are on the list; {@link #DECLINED} and {@link #REMOVED} are final.
 */
public enum EntryStatus {
    NOMINATED, EVALUATED, DECLINED, LISTED, UNDER_RECTIFICATION, RECTIFICATION_MISSED, REMOVED;

    /** True for the states in which the unit is on the list (it may still owe rectification). */
    public boolean onList() {
        return this == LISTED || this == UNDER_RECTIFICATION || this == RECTIFICATION_MISSED;
    }
}
