package org.greenledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every inclusion and consistency vector of transparency-dev/merkle's testdata/ (happy paths and their
 * manglings: flipped bits, truncated, extended or reordered proofs, wrong sizes and roots, garbage
 * before or after): we accept exactly what it accepts, except where its "don't care" inputs are not
 * 32-byte hashes, which we refuse.
 */
class PublishedProofVectorsTest {

    /** Accepted there because the sizes alone decide; refused here because the roots are not hashes. */
    static final Set<String> STRICTER_HERE = Set.of("consistency/additional/sizes-are-equal-one-and-proof-is-empty.json");

    @TestFactory
    Stream<DynamicTest> inclusion_vectors() throws Exception {
        return vectors("inclusion").map(file -> dynamicTest(name(file), () -> {
            JsonNode vector = Rfc6962VectorsTest.vector("testdata/" + name(file));
            boolean accepted;
            try {
                Proofs.verifyInclusion(number(vector, "leafIdx"), number(vector, "treeSize"), bytes(vector.get("leafHash")),
                        hashes(vector.get("proof")), bytes(vector.get("root")));
                accepted = true;
            } catch (VerificationFailure refused) {
                accepted = false;
            }
            assertThat(accepted).as(vector.get("desc").asText()).isEqualTo(!vector.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> consistency_vectors() throws Exception {
        return vectors("consistency").map(file -> dynamicTest(name(file), () -> {
            JsonNode vector = Rfc6962VectorsTest.vector("testdata/" + name(file));
            boolean accepted;
            try {
                Proofs.verifyConsistency(number(vector, "size1"), number(vector, "size2"), hashes(vector.get("proof")),
                        bytes(vector.get("root1")), bytes(vector.get("root2")));
                accepted = true;
            } catch (VerificationFailure refused) {
                accepted = false;
            }
            boolean wanted = !vector.get("wantErr").asBoolean() && !STRICTER_HERE.contains(name(file));
            assertThat(accepted).as(vector.get("desc").asText()).isEqualTo(wanted);
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_vectors_are_all_there() {
        return Stream.of(dynamicTest("196 files", () -> assertThat(
                Stream.concat(vectors("inclusion"), vectors("consistency")).count()).isEqualTo(196)));
    }

    private static Stream<Path> vectors(String kind) throws IOException, URISyntaxException {
        Path root = Path.of(PublishedProofVectorsTest.class.getResource("/transparency-dev-merkle/testdata/" + kind).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static String name(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.substring(path.indexOf("/testdata/") + "/testdata/".length());
    }

    /** uint64 there; a size beyond a long cannot be a tree here, and is refused as one. */
    private static long number(JsonNode vector, String field) {
        JsonNode node = vector.get(field);
        return node.canConvertToLong() ? node.asLong() : -1;
    }

    private static byte[] bytes(JsonNode node) {
        return node == null || node.isNull() ? null : Base64.getDecoder().decode(node.asText());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(node -> hashes.add(bytes(node)));
        }
        return hashes;
    }
}
