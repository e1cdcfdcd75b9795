package org.greenledger.kernel.failure;

/** The record is in a state from which this change is not allowed (409). */
public final class IllegalTransition extends DomainFailure {

    public IllegalTransition(String code, String detail) {
        super(code, detail);
    }
}
