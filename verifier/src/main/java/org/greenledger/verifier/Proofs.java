package org.greenledger.verifier;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verification of inclusion and consistency proofs by the algorithms of RFC 9162 sections 2.1.3.2 and
 * 2.1.4.2. Each fails closed: a proof that is too long, too short, for an index or size out of range, or
 * with an element that is not a 32-byte hash is refused, not tolerated.
 */
public final class Proofs {

    private Proofs() {
    }

    public static void verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root)
            throws VerificationFailure {
        requireHash(leafHash, "leaf hash");
        requireHash(root, "root hash");
        if (index < 0 || size < 0 || index >= size) {
            throw new VerificationFailure("Leaf index " + index + " is not in a tree of size " + size);
        }
        requireHashes(proof);
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                throw new VerificationFailure("The inclusion proof has more elements than a tree of size " + size + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationFailure("The inclusion proof has fewer elements than a tree of size " + size + " needs");
        }
        if (!MessageDigest.isEqual(r, root)) {
            throw new VerificationFailure("The inclusion proof of leaf " + index + " leads to another root than the tree of size "
                    + size + " has");
        }
    }

    public static void verifyConsistency(long older, long newer, List<byte[]> proof, byte[] olderRoot, byte[] newerRoot)
            throws VerificationFailure {
        requireHash(olderRoot, "older root hash");
        requireHash(newerRoot, "newer root hash");
        if (older < 0 || newer < 0 || older > newer) {
            throw new VerificationFailure("Size " + older + " cannot be a prefix of size " + newer);
        }
        if (older == 0) {
            // every tree extends the empty one: a "proof" of it would prove nothing, so none is accepted
            throw new VerificationFailure("A consistency proof from the empty tree proves nothing");
        }
        requireHashes(proof);
        if (older == newer) {
            if (!proof.isEmpty()) {
                throw new VerificationFailure("A proof between equal sizes must be empty");
            }
            if (!MessageDigest.isEqual(olderRoot, newerRoot)) {
                throw new VerificationFailure("Two trees of size " + older + " have different roots");
            }
            return;
        }
        if (proof.isEmpty()) {
            throw new VerificationFailure("The consistency proof from " + older + " to " + newer + " is empty");
        }
        // RFC 9162 2.1.4.2: when the older tree is a complete subtree its root is the first node, which the proof omits
        boolean olderIsComplete = Long.bitCount(older) == 1;
        byte[] fr = olderIsComplete ? olderRoot : proof.get(0);
        byte[] sr = fr;
        int from = olderIsComplete ? 0 : 1;
        long fn = older - 1;
        long sn = newer - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        for (int i = from; i < proof.size(); i++) {
            byte[] c = proof.get(i);
            if (sn == 0) {
                throw new VerificationFailure("The consistency proof has more elements than sizes " + older + " and "
                        + newer + " need");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw new VerificationFailure("The consistency proof has fewer elements than sizes " + older + " and "
                    + newer + " need");
        }
        if (!MessageDigest.isEqual(fr, olderRoot)) {
            throw new VerificationFailure("The consistency proof does not lead to the older root: the tree of size "
                    + older + " is not a prefix of the one of size " + newer);
        }
        if (!MessageDigest.isEqual(sr, newerRoot)) {
            throw new VerificationFailure("The consistency proof does not lead to the newer root of size " + newer);
        }
    }

    private static void requireHashes(List<byte[]> proof) throws VerificationFailure {
        if (proof == null) {
            throw new VerificationFailure("The proof is missing");
        }
        for (byte[] element : proof) {
            requireHash(element, "proof element");
        }
    }

    private static void requireHash(byte[] hash, String what) throws VerificationFailure {
        if (hash == null || hash.length != Rfc6962.HASH_SIZE) {
            throw new VerificationFailure("A " + what + " must be " + Rfc6962.HASH_SIZE + " bytes");
        }
    }
}
