package org.greenledger.platform.query;

/**
 * The read model has not reached the position the caller asked for within
 * {@code greenledger.query.max-wait}; answered with 503 and {@code Retry-After}.
 */
public final class NotYetConsistent extends RuntimeException {

    private final long position;

    public NotYetConsistent(long position, String detail) {
        super(detail);
        this.position = position;
    }

    public long position() {
        return position;
    }
}
