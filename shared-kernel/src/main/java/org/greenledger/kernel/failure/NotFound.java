package org.greenledger.kernel.failure;

/** The addressed record does not exist (404). */
public final class NotFound extends DomainFailure {

    public NotFound(String code, String detail) {
        super(code, detail);
    }
}
