package org.greenledger.platform.web;

import java.io.IOException;

/**
 * Thrown while a request body is read once it passes {@code greenledger.web.max-body-bytes};
 * the problem advice answers it with 400 {@code request.body-too-large}, wherever it surfaces.
 */
public final class BodyTooLarge extends IOException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
