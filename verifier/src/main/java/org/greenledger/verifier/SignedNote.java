package org.greenledger.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A note in the C2SP signed-note form: UTF-8 text ending in a newline, a blank line, then one or more
 * signature lines {@code — <key name> <base64(key ID || signature)>}. The signature is Ed25519 over the
 * text's bytes, its final newline included.
 *
 * @param text       the signed text
 * @param signatures every signature line, in order
 */
public record SignedNote(String text, List<NoteSignature> signatures) {

    private static final String SIGNATURE_PREFIX = "\u2014 ";

    public SignedNote {
        signatures = List.copyOf(signatures);
    }

    /** One signature line: the name and key ID it claims and the signature bytes. */
    public record NoteSignature(String keyName, int keyId, byte[] signature) {
    }

    /** Signs {@code text} with {@code key}, whose public half {@code name} names. */
    public static String sign(String text, NoteKey name, PrivateKey key) {
        requireText(text);
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] signature = ed25519.sign();
            byte[] line = ByteBuffer.allocate(4 + signature.length).putInt(name.keyId()).put(signature).array();
            return text + "\n" + SIGNATURE_PREFIX + name.name() + " " + Base64.getEncoder().encodeToString(line) + "\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a note with Ed25519", e);
        }
    }

    /** Reads a note strictly; anything outside the form is refused. */
    public static SignedNote parse(String note) throws VerificationFailure {
        if (note == null || note.isEmpty()) {
            throw new VerificationFailure("The note is empty");
        }
        if (note.length() > 1 << 20) {
            throw new VerificationFailure("The note is longer than any checkpoint");
        }
        int separator = note.lastIndexOf("\n\n");
        if (separator < 0) {
            throw new VerificationFailure("The note has no blank line before its signatures");
        }
        String text = note.substring(0, separator + 1);
        String block = note.substring(separator + 2);
        try {
            requireText(text);
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure(e.getMessage());
        }
        if (block.isEmpty() || !block.endsWith("\n")) {
            throw new VerificationFailure("The note's signature lines must end with a newline");
        }
        List<NoteSignature> signatures = new ArrayList<>();
        for (String line : block.substring(0, block.length() - 1).split("\n", -1)) {
            signatures.add(signature(line));
        }
        return new SignedNote(text, signatures);
    }

    /**
     * The text, once a signature by {@code key} (its name and key ID) verifies over it. Signatures by
     * other keys (a witness's cosignature, say) are allowed by the format and left aside; a signature
     * that claims this key and does not verify is refused.
     */
    public String verifiedBy(NoteKey key) throws VerificationFailure {
        boolean verified = false;
        byte[] message = text.getBytes(StandardCharsets.UTF_8);
        for (NoteSignature signature : signatures) {
            if (signature.keyName().equals(key.name()) && signature.keyId() == key.keyId()) {
                if (!key.verifies(message, signature.signature())) {
                    throw new VerificationFailure("The signature by " + key.name() + " does not verify over the note");
                }
                verified = true;
            }
        }
        if (!verified) {
            throw new VerificationFailure("The note carries no signature by the key " + key.name() + " ("
                    + String.format("%08x", key.keyId()) + ")");
        }
        return text;
    }

    private static NoteSignature signature(String line) throws VerificationFailure {
        if (!line.startsWith(SIGNATURE_PREFIX)) {
            throw new VerificationFailure("A signature line starts with an em dash and a space: '"
                    + Texts.abbreviate(line) + "'");
        }
        String[] parts = line.substring(SIGNATURE_PREFIX.length()).split(" ", -1);
        if (parts.length != 2) {
            throw new VerificationFailure("A signature line is '— name signature': '" + Texts.abbreviate(line) + "'");
        }
        NoteKey.requireName(parts[0]);
        byte[] bytes = Texts.base64(parts[1], "signature");
        if (bytes.length < 5) {
            throw new VerificationFailure("A signature holds a key ID and a signature");
        }
        int keyId = ByteBuffer.wrap(bytes, 0, 4).getInt();
        return new NoteSignature(parts[0], keyId, Arrays.copyOfRange(bytes, 4, bytes.length));
    }

    private static void requireText(String text) {
        if (text == null || text.isEmpty() || !text.endsWith("\n")) {
            throw new IllegalArgumentException("A note's text is not empty and ends with a newline");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n') || c == 0x7f) {
                throw new IllegalArgumentException("A note's text has no control characters but newlines");
            }
        }
    }
}
