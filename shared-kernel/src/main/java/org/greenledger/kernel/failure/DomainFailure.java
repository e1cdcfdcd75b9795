package org.greenledger.kernel.failure;

/**
 * A refusal the caller can act on. Every failure carries a stable machine-readable {@code code}
 * (for example {@code enterprise.already-registered}); the services turn each kind into one
 * RFC 9457 problem type and HTTP status.
 */
public abstract sealed class DomainFailure extends RuntimeException
        permits InvalidInput, NotFound, IllegalTransition, Refused, Forbidden {

    private final String code;

    protected DomainFailure(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
