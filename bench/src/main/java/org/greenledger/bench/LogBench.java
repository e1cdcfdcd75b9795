package org.greenledger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.greenledger.verifier.MerkleTree;
import org.greenledger.verifier.Proofs;
import org.greenledger.verifier.Rfc6962;
import org.greenledger.verifier.StoredEntry;
import org.greenledger.verifier.VerificationFailure;

/**
 * The audit log's tree (issue 8): what a checkpoint, an inclusion proof and a consistency proof cost
 * as the log grows, with the tree that keeps complete subtrees ({@link MerkleTree}) beside the
 * baseline that rehashes from the leaves each time (the textbook recursion, as the log first did), in
 * one run; and what turning stored events into leaves costs. {@code java -jar bench/target/bench.jar log}.
 */
final class LogBench {

    private static final int PROOFS = 200;
    private static final int BASELINE_PROOFS = 5;

    private LogBench() {
    }

    static void run(List<Integer> sizes, PrintStream out) throws VerificationFailure {
        out.println("## Audit log tree (issue 8)");
        out.println();
        out.printf(Locale.ROOT, "Per operation, milliseconds (median of the runs inside); %d proofs per size, %d for the baseline.%n",
                PROOFS, BASELINE_PROOFS);
        out.println();
        out.println("| leaves | leaf from a stored event, µs | append, µs | root: ours | root: baseline | inclusion proof: ours | "
                + "inclusion proof: baseline | consistency proof: ours | consistency proof: baseline | verify inclusion | heap per leaf, bytes |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            out.println(row(size));
        }
        out.println();
    }

    private static String row(int size) throws VerificationFailure {
        SplittableRandom random = new SplittableRandom(size);
        String payload = "{\"applicationId\":\"6f0c3a52-3b8e-4f7e-9a51-0d2c7b9e1a44\",\"amount\":\"2501000.00\",\"reasons\":[\"专家评审通过\"],"
                + "\"ruleSetVersion\":1,\"terms\":[{\"name\":\"rate x tce\",\"value\":\"2501000.00\"}]}";
        String meta = "{\"subject\":\"official-zhang\",\"role\":\"OFFICIAL\",\"correlationId\":\"5b1e\",\"requestId\":\"9c2d\"}";
        System.gc();
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        List<byte[]> leaves = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            leaves.add(new StoredEntry(i, "event-" + i, "Application", "A-" + (i % 1000), (long) (i / 1000),
                    "org.greenledger.contracts.subsidy.ApplicationApproved", "1", "2026-12-03T10:00:00.123456789Z", meta,
                    payload).leafHash());
        }
        double leafMicros = (System.nanoTime() - started) / 1000.0 / size;
        started = System.nanoTime();
        MerkleTree tree = new MerkleTree();
        for (byte[] leaf : leaves) {
            tree.append(leaf);
        }
        double appendMicros = (System.nanoTime() - started) / 1000.0 / size;
        System.gc();
        long heapPerLeaf = Math.max(0, usedHeap() - heapBefore) / size;
        Baseline baseline = new Baseline(leaves);

        double rootOurs = millis(() -> tree.root(size), PROOFS);
        double rootBaseline = millis(() -> baseline.root(size), BASELINE_PROOFS);
        double inclusionOurs = millis(() -> tree.inclusionProof(random.nextInt(size), size), PROOFS);
        double inclusionBaseline = millis(() -> baseline.inclusionProof(random.nextInt(size), size), BASELINE_PROOFS);
        double consistencyOurs = millis(() -> tree.consistencyProof(1 + random.nextInt(size - 1), size), PROOFS);
        double consistencyBaseline = millis(() -> baseline.consistencyProof(1 + random.nextInt(size - 1), size),
                BASELINE_PROOFS);
        byte[] root = tree.root(size);
        int index = random.nextInt(size);
        List<byte[]> proof = tree.inclusionProof(index, size);
        started = System.nanoTime();
        for (int i = 0; i < PROOFS; i++) {
            Proofs.verifyInclusion(index, size, leaves.get(index), proof, root);
        }
        double verify = (System.nanoTime() - started) / 1e6 / PROOFS;
        if (!java.util.Arrays.equals(baseline.root(size), root)) {
            throw new IllegalStateException("the baseline and the tree disagree on the root of " + size);
        }
        return String.format(Locale.ROOT, "| %,d | %.2f | %.2f | %.4f | %.1f | %.4f | %.1f | %.4f | %.1f | %.4f | %d |", size,
                leafMicros, appendMicros, rootOurs, rootBaseline, inclusionOurs, inclusionBaseline, consistencyOurs,
                consistencyBaseline, verify, heapPerLeaf);
    }

    private static double millis(Runnable operation, int times) {
        operation.run();
        long[] took = new long[times];
        for (int i = 0; i < times; i++) {
            long started = System.nanoTime();
            operation.run();
            took[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(took);
        return took[times / 2] / 1e6;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** RFC 6962's recursive definitions over the leaves, every subtree hashed again on each call. */
    private record Baseline(List<byte[]> leaves) {

        byte[] root(int size) {
            return hash(0, size);
        }

        List<byte[]> inclusionProof(int index, int size) {
            List<byte[]> proof = new ArrayList<>();
            path(index, 0, size, proof);
            return proof;
        }

        List<byte[]> consistencyProof(int older, int newer) {
            List<byte[]> proof = new ArrayList<>();
            subproof(older, 0, newer, true, proof);
            return proof;
        }

        private void path(int index, int from, int to, List<byte[]> proof) {
            if (to - from == 1) {
                return;
            }
            int k = Integer.highestOneBit(to - from - 1);
            if (index < k) {
                path(index, from, from + k, proof);
                proof.add(hash(from + k, to));
            } else {
                path(index - k, from + k, to, proof);
                proof.add(hash(from, from + k));
            }
        }

        private void subproof(int m, int from, int to, boolean whole, List<byte[]> proof) {
            if (m == to - from) {
                if (!whole) {
                    proof.add(hash(from, to));
                }
                return;
            }
            int k = Integer.highestOneBit(to - from - 1);
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
            int k = Integer.highestOneBit(to - from - 1);
            return Rfc6962.nodeHash(hash(from, from + k), hash(from + k, to));
        }
    }
}
