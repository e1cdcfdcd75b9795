package org.greenledger.contracts.greenlist;

/** What an upkeep calendar item asks for. */
public enum UpkeepKind {
    DECLARATION_DUE, RECTIFICATION_DEADLINE, REVIEW_DUE
}
