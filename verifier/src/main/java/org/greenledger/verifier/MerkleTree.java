package org.greenledger.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over leaf hashes, as RFC 6962 section 2.1 defines it: the tree hash MTH of any prefix,
 * the audit path (inclusion proof) of a leaf and the consistency proof between two sizes, each built by
 * the specification's recursive definition over the largest power of two below the size. Subtrees
 * are hashed on demand, so each call costs time linear in the size; the log that owns the tree keeps the
 * leaf hashes and nothing else.
 */
public final class MerkleTree {

    private final List<byte[]> leaves;

    /** @param leafHashes the leaves' hashes ({@link Rfc6962#leafHash}), in log order; not copied */
    public MerkleTree(List<byte[]> leafHashes) {
        this.leaves = leafHashes;
    }

    public long size() {
        return leaves.size();
    }

    /** MTH of the first {@code size} leaves. */
    public byte[] root(long size) {
        requireSize(size);
        return size == 0 ? Rfc6962.emptyRoot() : hash(0, (int) size);
    }

    /** PATH(index, D[0:size]): the sibling hashes from the leaf up to the root of a tree of {@code size}. */
    public List<byte[]> inclusionProof(long index, long size) {
        requireSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("Leaf index " + index + " is not in a tree of size " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path((int) index, 0, (int) size, proof);
        return proof;
    }

    /** PROOF(older, D[0:newer]): what shows that the tree of {@code older} leaves is a prefix of the one of {@code newer}. */
    public List<byte[]> consistencyProof(long older, long newer) {
        requireSize(newer);
        if (older < 0 || older > newer) {
            throw new IllegalArgumentException("Cannot prove size " + older + " consistent with size " + newer);
        }
        List<byte[]> proof = new ArrayList<>();
        if (older > 0 && older < newer) {
            subproof((int) older, 0, (int) newer, true, proof);
        }
        return proof;
    }

    private void path(int index, int from, int to, List<byte[]> proof) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (index < k) {
            path(index, from, from + k, proof);
            proof.add(hash(from + k, to));
        } else {
            path(index - k, from + k, to, proof);
            proof.add(hash(from, from + k));
        }
    }

    private void subproof(int m, int from, int to, boolean whole, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(hash(from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, whole, proof);
            proof.add(hash(from + k, to));
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(hash(from, from + k));
        }
    }

    private byte[] hash(int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int k = largestPowerOfTwoBelow(to - from);
        return Rfc6962.nodeHash(hash(from, from + k), hash(from + k, to));
    }

    /** The largest power of two strictly less than {@code n}, for {@code n > 1}. */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void requireSize(long size) {
        if (size < 0 || size > leaves.size()) {
            throw new IllegalArgumentException("The tree has " + leaves.size() + " leaves, not " + size);
        }
    }
}
