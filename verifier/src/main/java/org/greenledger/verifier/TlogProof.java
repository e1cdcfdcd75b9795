package org.greenledger.verifier;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An inclusion proof in the C2SP tlog-proof form: the header {@code c2sp.org/tlog-proof@v1}, the line
 * {@code index N}, the audit path's hashes in base64 one per line, a blank line and the signed checkpoint
 * the path leads to. The optional {@code extra} line of the format is never written here and refused.
 *
 * @param index      the leaf's index in the log
 * @param path       the audit path
 * @param checkpoint the signed checkpoint, as a note
 */
public record TlogProof(long index, List<byte[]> path, String checkpoint) {

    static final String HEADER = "c2sp.org/tlog-proof@v1";

    public TlogProof {
        path = List.copyOf(path);
    }

    public String text() {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("index ").append(index).append('\n');
        for (byte[] hash : path) {
            text.append(Base64.getEncoder().encodeToString(hash)).append('\n');
        }
        return text.append('\n').append(checkpoint).toString();
    }

    public static TlogProof parse(String text) throws VerificationFailure {
        Lines lines = new Lines(text, "tlog-proof");
        if (!HEADER.equals(lines.next())) {
            throw new VerificationFailure("A tlog-proof starts with the line " + HEADER);
        }
        String index = lines.next();
        if (index == null || !index.startsWith("index ")) {
            throw new VerificationFailure("The tlog-proof's second line is 'index N' (no extra data is understood)");
        }
        long leaf = Texts.decimal(index.substring("index ".length()), "leaf index");
        return new TlogProof(leaf, lines.hashesToBlank("audit path hash"), lines.rest());
    }

    /** Verifies that {@code leafHash} is leaf {@link #index} of the checkpoint's tree, and answers the checkpoint. */
    public Checkpoint verify(byte[] leafHash, NoteKey key, String origin) throws VerificationFailure {
        Checkpoint verified = Checkpoint.verify(checkpoint, key, origin);
        Proofs.verifyInclusion(index, verified.size(), leafHash, path, verified.root());
        return verified;
    }

    /** Reads line by line, keeping what follows the blank line whole. */
    static final class Lines {

        private final String text;
        private final String what;
        private int at;

        Lines(String text, String what) throws VerificationFailure {
            if (text == null) {
                throw new VerificationFailure("The " + what + " is missing");
            }
            this.text = text;
            this.what = what;
        }

        String next() {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                return null;
            }
            String line = text.substring(at, end);
            at = end + 1;
            return line;
        }

        List<byte[]> hashesToBlank(String element) throws VerificationFailure {
            List<byte[]> hashes = new ArrayList<>();
            while (true) {
                String line = next();
                if (line == null) {
                    throw new VerificationFailure("The " + what + " ends before the blank line that precedes its checkpoint");
                }
                if (line.isEmpty()) {
                    return hashes;
                }
                if (hashes.size() >= 64) {
                    throw new VerificationFailure("The " + what + " has more hashes than any tree of 2^63 leaves needs");
                }
                hashes.add(Texts.hash(line, element));
            }
        }

        String rest() throws VerificationFailure {
            String rest = text.substring(at);
            if (rest.isEmpty()) {
                throw new VerificationFailure("The " + what + " has no checkpoint");
            }
            return rest;
        }
    }
}
