package org.greenledger.query.greenfinance;

/**
 * A detached Ed25519 signature (64 bytes) and the published key that verifies it.
 *
 * @param kid   the key's id in {@code /api/greenfinance/attestation-keys}
 * @param value the raw signature
 */
record Signature(String kid, byte[] value) {
}
