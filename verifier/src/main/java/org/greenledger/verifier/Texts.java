package org.greenledger.verifier;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Strict readings shared by the text formats: standard base64 with padding, decimals without leading zeros, UTF-8. */
final class Texts {

    private Texts() {
    }

    static byte[] base64(String text, String what) throws VerificationFailure {
        if (text == null || text.isEmpty() || !text.matches("[A-Za-z0-9+/]*={0,2}") || text.length() % 4 != 0) {
            throw new VerificationFailure("The " + what + " is not standard base64: '" + abbreviate(text) + "'");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
                throw new VerificationFailure("The " + what + " is not canonical base64");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new VerificationFailure("The " + what + " is not standard base64", e);
        }
    }

    static byte[] hash(String text, String what) throws VerificationFailure {
        byte[] hash = base64(text, what);
        if (hash.length != Rfc6962.HASH_SIZE) {
            throw new VerificationFailure("The " + what + " is " + hash.length + " bytes, not " + Rfc6962.HASH_SIZE);
        }
        return hash;
    }

    static long decimal(String text, String what) throws VerificationFailure {
        if (text == null || !text.matches("0|[1-9][0-9]{0,18}")) {
            throw new VerificationFailure("The " + what + " is not a decimal number without leading zeros: '"
                    + abbreviate(text) + "'");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new VerificationFailure("The " + what + " is too large: " + text, e);
        }
    }

    static String utf8(byte[] bytes, String what) throws VerificationFailure {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new VerificationFailure("The " + what + " is not valid UTF-8", e);
        }
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "(nothing)";
        }
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
