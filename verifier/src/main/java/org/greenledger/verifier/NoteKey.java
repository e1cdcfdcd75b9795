package org.greenledger.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * An Ed25519 public key of a signed note (C2SP signed-note), known by its name and its key ID: the
 * first four bytes of SHA-256(name || 0x0A || 0x01 || public key). Its text form, the verifier key, is
 * {@code name+<key ID, 8 hex digits>+<base64(0x01 || public key)>}.
 */
public final class NoteKey {

    static final byte ED25519 = 0x01;
    /** The DER prefix of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), before the 32 key bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final String name;
    private final byte[] publicKey;
    private final int keyId;

    private NoteKey(String name, byte[] publicKey) throws VerificationFailure {
        requireName(name);
        if (publicKey.length != 32) {
            throw new VerificationFailure("An Ed25519 public key is 32 bytes, not " + publicKey.length);
        }
        this.name = name;
        this.publicKey = publicKey.clone();
        this.keyId = keyId(name, publicKey);
    }

    public static NoteKey ofRaw(String name, byte[] publicKey) throws VerificationFailure {
        return new NoteKey(name, publicKey);
    }

    /** Reads a verifier key, {@code name+hash+base64}, refusing one whose key ID does not match its key. */
    public static NoteKey parse(String verifierKey) throws VerificationFailure {
        if (verifierKey == null) {
            throw new VerificationFailure("No verifier key");
        }
        // the base64 key may itself hold plus signs; the name and key ID never do
        String[] parts = verifierKey.strip().split("\\+", 3);
        if (parts.length != 3) {
            throw new VerificationFailure("A verifier key is name+keyid+key, not '" + verifierKey + "'");
        }
        byte[] encoded = Texts.base64(parts[2], "verifier key");
        if (encoded.length != 33 || encoded[0] != ED25519) {
            throw new VerificationFailure("Only Ed25519 verifier keys (algorithm 0x01, 32 bytes) are understood");
        }
        NoteKey key = new NoteKey(parts[0], Arrays.copyOfRange(encoded, 1, 33));
        if (!parts[1].matches("[0-9a-f]{8}") || Integer.parseUnsignedInt(parts[1], 16) != key.keyId) {
            throw new VerificationFailure("The verifier key's ID " + parts[1] + " does not match its name and key");
        }
        return key;
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public byte[] publicKey() {
        return publicKey.clone();
    }

    public String verifierKey() {
        byte[] encoded = new byte[33];
        encoded[0] = ED25519;
        System.arraycopy(publicKey, 0, encoded, 1, 32);
        return name + "+" + String.format("%08x", keyId) + "+" + Base64.getEncoder().encodeToString(encoded);
    }

    boolean verifies(byte[] message, byte[] signature) {
        try {
            byte[] spki = new byte[X509_PREFIX.length + 32];
            System.arraycopy(X509_PREFIX, 0, spki, 0, X509_PREFIX.length);
            System.arraycopy(publicKey, 0, spki, X509_PREFIX.length, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(message);
            return ed25519.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The 32 raw bytes of an Ed25519 public key from its X.509 encoding, as the JDK hands it out. */
    public static byte[] rawEd25519(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki.length != X509_PREFIX.length + 32
                || !Arrays.equals(Arrays.copyOfRange(spki, 0, X509_PREFIX.length), X509_PREFIX)) {
            throw new IllegalArgumentException("Not an Ed25519 public key");
        }
        return Arrays.copyOfRange(spki, X509_PREFIX.length, spki.length);
    }

    static int keyId(String name, byte[] publicKey) {
        MessageDigest digest = Rfc6962.sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0x0A);
        digest.update(ED25519);
        digest.update(publicKey);
        return ByteBuffer.wrap(digest.digest(), 0, 4).getInt();
    }

    static void requireName(String name) throws VerificationFailure {
        if (name == null || name.isEmpty()) {
            throw new VerificationFailure("A key name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c == '+' || c == 0x7f) {
                throw new VerificationFailure("A key name has no spaces, plus signs or control characters: '" + name + "'");
            }
        }
    }
}
