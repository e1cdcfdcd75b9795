package org.greenledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our hashing and proof generation against the published RFC 6962 vectors of transparency-dev/merkle
 * (rfc6962/rfc6962_test.go, testonly/constants.go and the happy paths of testdata/, commit 417fb0c):
 * the eight leaf inputs, the root of every prefix of their tree, and the proofs for them.
 */
class Rfc6962VectorsTest {

    static final List<byte[]> LEAF_INPUTS = hexes("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f");
    static final List<byte[]> ROOTS = hexes(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_empty_tree_a_leaf_and_a_node_hash_as_rfc_6962_says() {
        assertThat(hex(Rfc6962.emptyRoot())).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(hex(Rfc6962.leafHash(new byte[0])))
                .isEqualTo("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
        assertThat(hex(Rfc6962.leafHash("L123456".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56");
        assertThat(hex(Rfc6962.nodeHash("N123".getBytes(StandardCharsets.UTF_8), "N456".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb");
    }

    @Test
    void every_prefix_of_the_reference_tree_has_the_published_root() {
        MerkleTree tree = referenceTree();
        for (int size = 0; size <= 8; size++) {
            assertThat(hex(tree.root(size))).as("root of size %d", size).isEqualTo(hex(ROOTS.get(size)));
        }
    }

    @Test
    void generated_inclusion_proofs_are_the_published_happy_paths() throws IOException {
        MerkleTree tree = referenceTree();
        for (int vector = 1; vector <= 4; vector++) {
            JsonNode happy = vector("testdata/inclusion/" + vector + "/happy-path.json");
            long index = happy.get("leafIdx").asLong();
            long size = happy.get("treeSize").asLong();
            assertThat(base64(tree.inclusionProof(index, size))).as("inclusion vector %d", vector)
                    .isEqualTo(strings(happy.get("proof")));
            assertThat(Base64.getEncoder().encodeToString(tree.root(size))).isEqualTo(happy.get("root").asText());
        }
    }

    @Test
    void generated_consistency_proofs_are_the_published_happy_paths() throws IOException {
        MerkleTree tree = referenceTree();
        for (int vector = 1; vector <= 4; vector++) {
            JsonNode happy = vector("testdata/consistency/" + vector + "/happy-path.json");
            long older = happy.get("size1").asLong();
            long newer = happy.get("size2").asLong();
            assertThat(base64(tree.consistencyProof(older, newer))).as("consistency vector %d", vector)
                    .isEqualTo(strings(happy.get("proof")));
        }
    }

    static MerkleTree referenceTree() {
        List<byte[]> leaves = new ArrayList<>();
        for (byte[] input : LEAF_INPUTS) {
            leaves.add(Rfc6962.leafHash(input));
        }
        return new MerkleTree(leaves);
    }

    static JsonNode vector(String path) throws IOException {
        try (InputStream in = Rfc6962VectorsTest.class.getResourceAsStream("/transparency-dev-merkle/" + path)) {
            assertThat(in).as(path).isNotNull();
            return JSON.readTree(in);
        }
    }

    private static List<String> base64(List<byte[]> hashes) {
        return hashes.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(node -> strings.add(node.asText()));
        return strings;
    }

    private static List<byte[]> hexes(String... hex) {
        return java.util.Arrays.stream(hex).map(HexFormat.of()::parseHex).toList();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
