package org.greenledger.command.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.greenledger.verifier.NoteKey;
import org.greenledger.verifier.SignedNote;
import org.greenledger.verifier.VerificationFailure;

/**
 * The log's Ed25519 key pair in a file of its own, owner-readable only, created on first start: two
 * lines of base64, the private key (PKCS#8) and the public key (X.509), since the JDK derives no EdDSA
 * public key from a private one. The public half is published as a signed-note verifier key named
 * after the log.
 */
final class LogKey {

    private final NoteKey noteKey;
    private final PrivateKey privateKey;

    private LogKey(NoteKey noteKey, PrivateKey privateKey) {
        this.noteKey = noteKey;
        this.privateKey = privateKey;
    }

    static LogKey loadOrCreate(Path file, String name) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            if (lines.size() < 2) {
                throw new IllegalStateException("The audit log's key file " + file + " holds no key pair");
            }
            KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = ed25519.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0))));
            NoteKey noteKey = NoteKey.ofRaw(name, NoteKey.rawEd25519(
                    ed25519.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1))))));
            LogKey key = new LogKey(noteKey, privateKey);
            key.requirePair(file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit log's key at " + file, e);
        } catch (GeneralSecurityException | VerificationFailure | IllegalArgumentException e) {
            throw new IllegalStateException("The audit log's key file " + file + " does not hold an Ed25519 key pair", e);
        }
    }

    NoteKey noteKey() {
        return noteKey;
    }

    String sign(String text) {
        return SignedNote.sign(text, noteKey, privateKey);
    }

    /** A file whose two halves do not belong together would sign checkpoints no one can verify. */
    private void requirePair(Path file) throws VerificationFailure {
        SignedNote.parse(sign("the audit log's key pair of " + file.getFileName() + "\n")).verifiedBy(noteKey);
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException noPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n"
                + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.TRUNCATE_EXISTING);
    }
}
