package org.greenledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar verifier.jar [--key <verifier key or file>] CASE.json}: verifies an exported case with
 * nothing but the file (and, best, the log's key as published). Exit status 0 when the case verifies, 1
 * when it does not, 2 when it cannot be read.
 */
public final class Verify {

    private Verify() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String keyArgument = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--key") && i + 1 < args.length) {
                keyArgument = args[++i];
            } else if (file == null && !args[i].startsWith("--")) {
                file = args[i];
            } else {
                file = null;
                break;
            }
        }
        if (file == null) {
            err.println("usage: verify [--key <verifier key, or a file holding it>] CASE.json");
            return 2;
        }
        String json;
        try {
            json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("Cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        try {
            NoteKey trusted = keyArgument == null ? null : NoteKey.parse(keyText(keyArgument));
            Case exported = Case.parse(json);
            CaseVerifier.Verified verified = CaseVerifier.verify(exported, trusted);
            Checkpoint checkpoint = verified.checkpoint();
            out.println("VERIFIED " + exported.recordType() + " " + exported.recordId() + ": " + verified.entries().size()
                    + " events, each included in the log '" + checkpoint.origin() + "' of " + checkpoint.size()
                    + " events signed at " + checkpoint.time());
            for (int i = 0; i < verified.entries().size(); i++) {
                StoredEntry entry = verified.entries().get(i);
                out.println("  #" + entry.seq() + "  position " + entry.position() + "  leaf " + verified.indexes().get(i)
                        + "  " + entry.timestamp() + "  " + simpleName(entry.type()));
            }
            if (trusted == null) {
                out.println("NOTE the key was taken from the case itself: compare it with the log's published key, or pass "
                        + "--key. Key: " + verified.key().verifierKey());
            } else {
                out.println("Key: " + verified.key().verifierKey());
            }
            return 0;
        } catch (VerificationFailure failure) {
            out.println("FAILED " + failure.getMessage());
            return 1;
        }
    }

    private static String keyText(String argument) throws VerificationFailure {
        Path path = Path.of(argument);
        if (!argument.contains("+") && Files.isRegularFile(path)) {
            try {
                return Files.readString(path, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new VerificationFailure("Cannot read the key file " + argument, e);
            }
        }
        return argument;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
