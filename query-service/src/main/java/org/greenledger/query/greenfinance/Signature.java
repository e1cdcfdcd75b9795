package org.greenledger.query.greenfinance;

/** A detached Ed25519 signature and the {@code kid} of the published key that verifies it. */
record Signature(String kid, byte[] value) {}
