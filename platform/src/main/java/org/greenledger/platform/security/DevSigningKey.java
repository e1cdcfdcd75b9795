package org.greenledger.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key that signs development tokens in the embedded mode. It lives as a private JWK in
 * the data folder, so tokens from {@code ./greenledger token} stay valid across restarts; the
 * services read only its public half. Production never uses it: there the services trust an
 * issuer or JWK set URI.
 */
public final class DevSigningKey {

    public static final String ISSUER = "greenledger-dev";
    public static final String AUDIENCE = "greenledger";

    private DevSigningKey() {
    }

    /**
     * Reads the key at {@code file}, creating it first if absent. Several processes may start at
     * once (the launcher, both services): the file appears atomically and the first writer wins.
     */
    public static RSAKey loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dev signing key at " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The dev signing key at " + file + " is not a JWK: " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        RSAKey key;
        try {
            key = new RSAKeyGenerator(2048).keyID("dev-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the dev signing key", e);
        }
        Path temp = Files.createTempFile(folder, ".dev-key", ".tmp");
        try {
            trySetOwnerOnly(temp);
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                // a hard link appears atomically and, unlike a rename, never replaces an existing file
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException lostTheRace) {
                // another process created it first; theirs is the key
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void trySetOwnerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // best effort on non-POSIX file systems
        }
    }
}
