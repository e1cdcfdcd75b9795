package org.greenledger.verifier;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The body of a C2SP tlog-checkpoint: the log's origin, the tree size in decimal and the root hash in
 * base64, one per line, then one extension line of this log, {@code time <ISO-8601 instant, UTC>}, when
 * the checkpoint was signed. Readers of the standard form keep extension lines as opaque, so any
 * tlog tool reads these checkpoints; this verifier understands exactly that one extension and refuses
 * a checkpoint with any other, rather than half understand it.
 *
 * @param origin the log's name
 * @param size   how many leaves the tree has
 * @param root   its root hash
 * @param time   when the log signed it
 */
public record Checkpoint(String origin, long size, byte[] root, Instant time) {

    static final String TIME = "time ";

    public Checkpoint {
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    public String text() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n" + TIME + time + "\n";
    }

    /** The checkpoint in a signed note, once the note verifies with {@code key} and names {@code origin}. */
    public static Checkpoint verify(String note, NoteKey key, String origin) throws VerificationFailure {
        Checkpoint checkpoint = parse(SignedNote.parse(note).verifiedBy(key));
        if (!checkpoint.origin().equals(origin)) {
            throw new VerificationFailure("The checkpoint is of the log '" + checkpoint.origin() + "', not '" + origin + "'");
        }
        return checkpoint;
    }

    static Checkpoint parse(String text) throws VerificationFailure {
        String[] lines = text.split("\n", -1);
        if (lines.length != 5 || !lines[4].isEmpty()) {
            throw new VerificationFailure("A checkpoint of this log is four lines (origin, size, root hash, time); this one has "
                    + (lines.length - 1));
        }
        if (lines[0].isEmpty()) {
            throw new VerificationFailure("The checkpoint's origin line is empty");
        }
        if (!lines[3].startsWith(TIME)) {
            throw new VerificationFailure("The checkpoint's extension line is 'time <instant>', not '"
                    + Texts.abbreviate(lines[3]) + "'");
        }
        Instant time;
        try {
            time = Instant.parse(lines[3].substring(TIME.length()));
        } catch (DateTimeParseException e) {
            throw new VerificationFailure("The checkpoint's time is not an ISO-8601 instant: " + lines[3], e);
        }
        Checkpoint checkpoint = new Checkpoint(lines[0], Texts.decimal(lines[1], "tree size"), Texts.hash(lines[2], "root hash"),
                time);
        if (!checkpoint.text().equals(text)) {
            throw new VerificationFailure("The checkpoint is not in canonical form");
        }
        return checkpoint;
    }
}
