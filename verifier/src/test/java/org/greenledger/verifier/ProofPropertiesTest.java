package org.greenledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Proofs this module generates verify, and every small mangling of one is refused: a flipped bit, an
 * element dropped or added, the index or the older size off by one, another tree's root. (A proof can
 * also fit a larger size with the same root, e.g. leaf 0 of 3 and of 4: what binds size to root is
 * the checkpoint's signature, which the checkpoint tests tamper with.)
 */
class ProofPropertiesTest {

    @Property(tries = 300)
    void every_inclusion_proof_verifies_and_no_mangled_one_does(@ForAll @IntRange(min = 1, max = 300) int size,
                                                                 @ForAll @IntRange(min = 0, max = 299) int index,
                                                                 @ForAll @IntRange(min = 0, max = 255) int bit) throws Exception {
        Assume.that(index < size);
        MerkleTree tree = tree(size);
        byte[] leaf = leaf(index);
        byte[] root = tree.root(size);
        List<byte[]> proof = tree.inclusionProof(index, size);
        Proofs.verifyInclusion(index, size, leaf, proof, root);

        refusedInclusion(index, size, flip(leaf, bit), proof, root);
        refusedInclusion(index, size, leaf, proof, flip(root, bit));
        if (size > 1) {
            refusedInclusion(index, size, leaf, proof, tree.root(size - 1));
            refusedInclusion((index + 1) % size, size, leaf, proof, root);
        }
        refusedInclusion(index, size, leaf, extended(proof, leaf), root);
        if (!proof.isEmpty()) {
            int at = bit % proof.size();
            List<byte[]> flipped = new ArrayList<>(proof);
            flipped.set(at, flip(proof.get(at), bit));
            refusedInclusion(index, size, leaf, flipped, root);
            refusedInclusion(index, size, leaf, proof.subList(0, proof.size() - 1), root);
            refusedInclusion(index, size, leaf, proof.subList(1, proof.size()), root);
        }
    }

    @Property(tries = 300)
    void every_consistency_proof_verifies_and_no_mangled_one_does(@ForAll @IntRange(min = 1, max = 300) int older,
                                                                   @ForAll @IntRange(min = 1, max = 300) int newer,
                                                                   @ForAll @IntRange(min = 0, max = 255) int bit) throws Exception {
        Assume.that(older <= newer);
        MerkleTree tree = tree(newer);
        byte[] olderRoot = tree.root(older);
        byte[] newerRoot = tree.root(newer);
        List<byte[]> proof = tree.consistencyProof(older, newer);
        Proofs.verifyConsistency(older, newer, proof, olderRoot, newerRoot);

        refusedConsistency(older, newer, proof, flip(olderRoot, bit), newerRoot);
        refusedConsistency(older, newer, proof, olderRoot, flip(newerRoot, bit));
        refusedConsistency(older, newer, extended(proof, olderRoot), olderRoot, newerRoot);
        if (older < newer) {
            int at = bit % proof.size();
            List<byte[]> flipped = new ArrayList<>(proof);
            flipped.set(at, flip(proof.get(at), bit));
            refusedConsistency(older, newer, flipped, olderRoot, newerRoot);
            refusedConsistency(older, newer, proof.subList(0, proof.size() - 1), olderRoot, newerRoot);
            if (older > 1) {
                refusedConsistency(older - 1, newer, proof, olderRoot, newerRoot);
            }
        }
        // a changed leaf inside the older tree changes its root: the newer tree no longer extends it
        List<byte[]> rewritten = leaves(newer);
        int changed = bit % older;
        rewritten.set(changed, Rfc6962.leafHash(("rewritten " + changed).getBytes()));
        byte[] rewrittenRoot = new MerkleTree(rewritten).root(newer);
        if (older < newer || changed < older) {
            refusedConsistency(older, newer, proof, olderRoot, rewrittenRoot);
        }
    }

    @Property(tries = 50)
    void a_verifier_key_reads_back_as_itself(@ForAll @IntRange(min = 1, max = 40) int nameLength) throws Exception {
        NoteKey key = SignedNoteTest.Keys.generate("log" + "x".repeat(nameLength)).noteKey();
        assertThat(NoteKey.parse(key.verifierKey()).verifierKey()).isEqualTo(key.verifierKey());
    }

    private static void refusedInclusion(long index, long size, byte[] leaf, List<byte[]> proof, byte[] root) {
        assertThatThrownBy(() -> Proofs.verifyInclusion(index, size, leaf, proof, root))
                .isInstanceOf(VerificationFailure.class);
    }

    private static void refusedConsistency(long older, long newer, List<byte[]> proof, byte[] olderRoot, byte[] newerRoot) {
        assertThatThrownBy(() -> Proofs.verifyConsistency(older, newer, proof, olderRoot, newerRoot))
                .isInstanceOf(VerificationFailure.class);
    }

    static MerkleTree tree(int size) {
        return new MerkleTree(leaves(size));
    }

    static List<byte[]> leaves(int size) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            leaves.add(leaf(i));
        }
        return leaves;
    }

    static byte[] leaf(int i) {
        return Rfc6962.leafHash(("entry " + i).getBytes());
    }

    private static byte[] flip(byte[] hash, int bit) {
        byte[] flipped = hash.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    private static List<byte[]> extended(List<byte[]> proof, byte[] extra) {
        List<byte[]> longer = new ArrayList<>(proof);
        longer.add(extra);
        return longer;
    }
}
