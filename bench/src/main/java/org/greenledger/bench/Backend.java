package org.greenledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded server's storage: memory, as the tests run, or an H2 file, as {@code ./greenledger up} runs
 * (here with H2's default background writes, not the devtools server's sync before acknowledging).
 */
enum Backend {

    MEMORY(List.of(10_000L, 100_000L, 1_000_000L)) {
        @Override
        MongoBackend open(Path folder) {
            return new MemoryBackend();
        }
    },
    H2(List.of(10_000L, 100_000L)) {
        @Override
        MongoBackend open(Path folder) {
            return new H2Backend(folder.resolve("bench.mv.db").toString());
        }
    };

    final List<Long> defaultSizes;

    Backend(List<Long> defaultSizes) {
        this.defaultSizes = defaultSizes;
    }

    abstract MongoBackend open(Path folder);

    static Path scratchFolder() {
        try {
            return Files.createTempDirectory("greenledger-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
