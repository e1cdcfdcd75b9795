package org.greenledger.kernel.failure;

/** The request is well formed but a business rule refuses it (422). */
public final class Refused extends DomainFailure {

    public Refused(String code, String detail) {
        super(code, detail);
    }
}
