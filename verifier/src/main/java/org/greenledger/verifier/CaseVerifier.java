package org.greenledger.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an exported case offline: the checkpoint's signature by the trusted key, that every event is
 * the record's, in canonical form, and included in that checkpoint's tree at the index it claims, and
 * that the record's events run from its first without a hole. Any failure ends the check: a case is
 * verified whole or not at all.
 */
public final class CaseVerifier {

    private CaseVerifier() {
    }

    /**
     * What verified.
     *
     * @param checkpoint the checkpoint every event is included in
     * @param key        the key it verified with
     * @param entries    the record's events, in log order
     * @param indexes    their leaf indexes
     */
    public record Verified(Checkpoint checkpoint, NoteKey key, List<StoredEntry> entries, List<Long> indexes) {
    }

    /**
     * @param trusted the log's key as the auditor obtained it; when null, the key the case states is used, which
     *                proves only that the case is consistent with itself
     */
    public static Verified verify(Case exported, NoteKey trusted) throws VerificationFailure {
        NoteKey stated = NoteKey.parse(exported.verifierKey());
        NoteKey key = trusted == null ? stated : trusted;
        if (!key.verifierKey().equals(stated.verifierKey())) {
            throw new VerificationFailure("The case names the key " + stated.verifierKey() + ", not the trusted "
                    + key.verifierKey());
        }
        Checkpoint checkpoint = Checkpoint.verify(exported.checkpoint(), key, exported.origin());
        if (exported.events().isEmpty()) {
            throw new VerificationFailure("The case holds no event");
        }
        List<StoredEntry> entries = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        long previousIndex = -1;
        long previousPosition = -1;
        for (Case.Event event : exported.events()) {
            StoredEntry entry = StoredEntry.parse(event.entry());
            String where = "The event at position " + entry.position();
            if (!exported.recordId().equals(entry.aggregateId()) || !exported.recordType().equals(entry.aggregateType())) {
                throw new VerificationFailure(where + " is not of " + exported.recordType() + " " + exported.recordId());
            }
            if (event.index() == null) {
                throw new VerificationFailure(where + " is stored but not in the signed log: it was written behind the "
                        + "log's back");
            }
            if (event.index() <= previousIndex || entry.position() <= previousPosition) {
                throw new VerificationFailure(where + " is not after the one before it in the log");
            }
            long expectedSeq = entries.size();
            if (entry.seq() != expectedSeq) {
                throw new VerificationFailure(where + " is the record's event " + entry.seq() + " where " + expectedSeq
                        + " was due: events of the record are missing or out of order");
            }
            TlogProof proof = TlogProof.parse(event.proof());
            if (proof.index() != event.index().longValue()) {
                throw new VerificationFailure(where + " claims index " + event.index() + " but its proof is for " + proof.index());
            }
            if (!proof.checkpoint().equals(exported.checkpoint())) {
                throw new VerificationFailure(where + " is proved against another checkpoint than the case's");
            }
            try {
                proof.verify(entry.leafHash(), key, exported.origin());
            } catch (VerificationFailure failure) {
                throw new VerificationFailure(where + " (leaf " + event.index() + ") is not in the signed log: "
                        + failure.getMessage(), failure);
            }
            entries.add(entry);
            indexes.add(event.index());
            previousIndex = event.index();
            previousPosition = entry.position();
        }
        return new Verified(checkpoint, key, entries, indexes);
    }
}
