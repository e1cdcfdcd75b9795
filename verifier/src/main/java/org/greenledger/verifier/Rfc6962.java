package org.greenledger.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The Merkle tree hashing of RFC 6962 section 2.1 (kept by RFC 9162): a leaf is
 * SHA-256(0x00 || entry), an interior node SHA-256(0x01 || left || right), the empty tree SHA-256().
 * The prefixes keep a leaf from ever being mistaken for a node (second-preimage resistance).
 */
public final class Rfc6962 {

    public static final int HASH_SIZE = 32;

    private Rfc6962() {
    }

    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    public static byte[] leafHash(byte[] entry) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        digest.update(entry);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
