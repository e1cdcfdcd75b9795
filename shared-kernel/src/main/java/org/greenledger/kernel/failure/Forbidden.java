package org.greenledger.kernel.failure;

/** The caller may not act on this particular record (403). */
public final class Forbidden extends DomainFailure {

    public Forbidden(String code, String detail) {
        super(code, detail);
    }
}
