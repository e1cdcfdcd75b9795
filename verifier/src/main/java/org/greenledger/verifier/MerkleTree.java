package org.greenledger.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A Merkle tree over leaf hashes, as RFC 6962 section 2.1 defines it: the tree hash MTH of any prefix,
 * the audit path (inclusion proof) of a leaf and the consistency proof between two sizes, each built by
 * the specification's recursive definition over the largest power of two below the size.
 * <p>
 * The hash of every complete, aligned subtree (2^k leaves starting at a multiple of 2^k) is kept as
 * leaves arrive, level by level, so that the recursion, whose left halves are always such subtrees,
 * looks them up instead of rehashing: a root or a proof costs O(log² n) hashes, appending a leaf
 * O(1) amortised, and the tree holds about two hashes per leaf.
 */
public final class MerkleTree {

    private final List<List<byte[]>> levels = new ArrayList<>();

    public MerkleTree() {
        levels.add(new ArrayList<>());
    }

    /** @param leafHashes the leaves' hashes ({@link Rfc6962#leafHash}), in log order */
    public MerkleTree(List<byte[]> leafHashes) {
        this();
        leafHashes.forEach(this::append);
    }

    /** Adds the next leaf, and the complete subtrees it closes. */
    public void append(byte[] leafHash) {
        if (leafHash.length != Rfc6962.HASH_SIZE) {
            throw new IllegalArgumentException("A leaf hash is " + Rfc6962.HASH_SIZE + " bytes");
        }
        levels.get(0).add(leafHash.clone());
        for (int level = 0; levels.get(level).size() % 2 == 0; level++) {
            List<byte[]> nodes = levels.get(level);
            if (levels.size() == level + 1) {
                levels.add(new ArrayList<>());
            }
            levels.get(level + 1).add(Rfc6962.nodeHash(nodes.get(nodes.size() - 2), nodes.get(nodes.size() - 1)));
        }
    }

    public long size() {
        return levels.get(0).size();
    }

    /** The hash of leaf {@code index}. */
    public byte[] leaf(long index) {
        return levels.get(0).get((int) index).clone();
    }

    /** MTH of the first {@code size} leaves. */
    public byte[] root(long size) {
        requireSize(size);
        return size == 0 ? Rfc6962.emptyRoot() : hash(0, (int) size).clone();
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
            proof.add(hash(from + k, to).clone());
        } else {
            path(index - k, from + k, to, proof);
            proof.add(hash(from, from + k).clone());
        }
    }

    private void subproof(int m, int from, int to, boolean whole, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!whole) {
                proof.add(hash(from, to).clone());
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, from, from + k, whole, proof);
            proof.add(hash(from + k, to).clone());
        } else {
            subproof(m - k, from + k, to, false, proof);
            proof.add(hash(from, from + k).clone());
        }
    }

    private byte[] hash(int from, int to) {
        int n = to - from;
        if (Integer.bitCount(n) == 1 && from % n == 0) {
            return levels.get(Integer.numberOfTrailingZeros(n)).get(from / n);
        }
        int k = largestPowerOfTwoBelow(n);
        return Rfc6962.nodeHash(hash(from, from + k), hash(from + k, to));
    }

    /** The largest power of two strictly less than {@code n}, for {@code n > 1}. */
    static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private void requireSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("The tree has " + size() + " leaves, not " + size);
        }
    }
}
