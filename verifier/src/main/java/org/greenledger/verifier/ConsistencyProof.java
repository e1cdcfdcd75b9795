package org.greenledger.verifier;

import java.util.Base64;
import java.util.List;

/**
 * A consistency proof in the text form the C2SP tlog-witness protocol sends one in: the line
 * {@code old N} (the older tree size), the proof's hashes in base64 one per line, a blank line and the
 * newer signed checkpoint. The older checkpoint is the one the reader already holds.
 *
 * @param olderSize  the size of the older tree
 * @param proof      the consistency proof
 * @param checkpoint the newer signed checkpoint, as a note
 */
public record ConsistencyProof(long olderSize, List<byte[]> proof, String checkpoint) {

    public ConsistencyProof {
        proof = List.copyOf(proof);
    }

    public String text() {
        StringBuilder text = new StringBuilder("old ").append(olderSize).append('\n');
        for (byte[] hash : proof) {
            text.append(Base64.getEncoder().encodeToString(hash)).append('\n');
        }
        return text.append('\n').append(checkpoint).toString();
    }

    public static ConsistencyProof parse(String text) throws VerificationFailure {
        TlogProof.Lines lines = new TlogProof.Lines(text, "consistency proof");
        String old = lines.next();
        if (old == null || !old.startsWith("old ")) {
            throw new VerificationFailure("A consistency proof starts with the line 'old N'");
        }
        long size = Texts.decimal(old.substring("old ".length()), "older tree size");
        return new ConsistencyProof(size, lines.hashesToBlank("consistency proof hash"), lines.rest());
    }

    /**
     * Verifies the newer checkpoint and that the {@code older} one (verified too, of the same size as
     * {@link #olderSize}) is a prefix of it; answers the newer checkpoint.
     */
    public Checkpoint verify(String olderNote, NoteKey key, String origin) throws VerificationFailure {
        Checkpoint older = Checkpoint.verify(olderNote, key, origin);
        Checkpoint newer = Checkpoint.verify(checkpoint, key, origin);
        if (older.size() != olderSize) {
            throw new VerificationFailure("The proof is from size " + olderSize + ", the older checkpoint has " + older.size());
        }
        Proofs.verifyConsistency(older.size(), newer.size(), proof, older.root(), newer.root());
        return newer;
    }
}
