package org.greenledger.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Signed notes and checkpoints against the reference example of golang.org/x/mod/sumdb/note
 * (note_test.go: the PeterNeumann key, text and signature), which Ed25519's determinism lets us
 * reproduce byte for byte, and against manglings of our own checkpoints.
 */
class SignedNoteTest {

    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String PETER_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_NOTE = PETER_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ORIGIN = "greenledger.test/log";

    @Test
    void the_reference_note_verifies_and_signing_its_text_gives_the_same_note() throws Exception {
        NoteKey key = NoteKey.parse(PETER_VKEY);
        assertThat(key.name()).isEqualTo("PeterNeumann");
        assertThat(String.format("%08x", key.keyId())).isEqualTo("c74f20a3");
        assertThat(key.verifierKey()).isEqualTo(PETER_VKEY);
        assertThat(SignedNote.parse(PETER_NOTE).verifiedBy(key)).isEqualTo(PETER_TEXT);

        assertThat(SignedNote.sign(PETER_TEXT, key, peterPrivateKey())).isEqualTo(PETER_NOTE);
    }

    @Test
    void an_edited_text_a_mangled_signature_or_another_key_is_refused() throws Exception {
        NoteKey peter = NoteKey.parse(PETER_VKEY);
        assertThatThrownBy(() -> SignedNote.parse(PETER_NOTE.replace("cryptography", "cryptographY")).verifiedBy(peter))
                .isInstanceOf(VerificationFailure.class).hasMessageContaining("does not verify");
        String mangled = PETER_NOTE.replace("x08go/", "x08go+");
        assertThatThrownBy(() -> SignedNote.parse(mangled).verifiedBy(peter)).isInstanceOf(VerificationFailure.class);
        NoteKey other = Keys.generate("PeterNeumann").noteKey();
        assertThatThrownBy(() -> SignedNote.parse(PETER_NOTE).verifiedBy(other))
                .isInstanceOf(VerificationFailure.class).hasMessageContaining("no signature by the key");
    }

    @Test
    void a_verifier_key_whose_id_does_not_match_or_of_another_algorithm_is_refused() {
        assertThatThrownBy(() -> NoteKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(VerificationFailure.class);
        assertThatThrownBy(() -> NoteKey.parse("PeterNeumann+c74f20a3+AhPc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .isInstanceOf(VerificationFailure.class);
        byte[] vkey = PETER_VKEY.getBytes();
        for (int i = 0; i < vkey.length; i++) {
            byte[] changed = vkey.clone();
            changed[i]++;
            assertThatThrownBy(() -> NoteKey.parse(new String(changed))).as("changed byte %d", i)
                    .isInstanceOf(VerificationFailure.class);
        }
    }

    @Test
    void a_checkpoint_is_origin_size_root_and_time_signed_and_nothing_else_is_understood() throws Exception {
        Keys log = Keys.generate(ORIGIN);
        Checkpoint checkpoint = new Checkpoint(ORIGIN, 8, Rfc6962VectorsTest.ROOTS.get(8), Instant.parse("2026-12-03T10:15:30Z"));
        String note = SignedNote.sign(checkpoint.text(), log.noteKey(), log.privateKey());

        Checkpoint verified = Checkpoint.verify(note, log.noteKey(), ORIGIN);
        assertThat(verified.size()).isEqualTo(8);
        assertThat(verified.root()).isEqualTo(Rfc6962VectorsTest.ROOTS.get(8));
        assertThat(verified.time()).isEqualTo(Instant.parse("2026-12-03T10:15:30Z"));

        assertThatThrownBy(() -> Checkpoint.verify(note, log.noteKey(), "another.log/origin"))
                .hasMessageContaining("not 'another.log/origin'");
        assertThatThrownBy(() -> Checkpoint.verify(note.replace("\n8\n", "\n9\n"), log.noteKey(), ORIGIN))
                .isInstanceOf(VerificationFailure.class);
        for (String body : new String[]{
                ORIGIN + "\n08\n" + b64(8) + "\ntime 2026-12-03T10:15:30Z\n",
                ORIGIN + "\n8\n" + b64(8) + "\n",
                ORIGIN + "\n8\n" + b64(8) + "\ntime 2026-12-03T10:15:30Z\nextension\n",
                ORIGIN + "\n8\n" + b64(8) + "\nclock 2026-12-03T10:15:30Z\n",
                ORIGIN + "\n8\n" + Base64.getEncoder().encodeToString(new byte[31]) + "\ntime 2026-12-03T10:15:30Z\n",
                ORIGIN + "\n-1\n" + b64(8) + "\ntime 2026-12-03T10:15:30Z\n",
                "\n8\n" + b64(8) + "\ntime 2026-12-03T10:15:30Z\n"}) {
            String signed = SignedNote.sign(body, log.noteKey(), log.privateKey());
            assertThatThrownBy(() -> Checkpoint.verify(signed, log.noteKey(), ORIGIN)).as(body)
                    .isInstanceOf(VerificationFailure.class);
        }
    }

    @Test
    void a_note_out_of_form_is_refused() {
        for (String note : new String[]{"", "no blank line\n\u2014 k c2ln\n", PETER_TEXT + "\n",
                PETER_TEXT + "\n- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n",
                PETER_NOTE.substring(0, PETER_NOTE.length() - 1), PETER_NOTE.replace("problem,", "problem,\r"),
                PETER_TEXT + "\n\u2014 PeterNeumann x08go\n"}) {
            assertThatThrownBy(() -> SignedNote.parse(note).verifiedBy(NoteKey.parse(PETER_VKEY))).as(note)
                    .isInstanceOf(VerificationFailure.class);
        }
    }

    private static String b64(int size) {
        return Base64.getEncoder().encodeToString(Rfc6962VectorsTest.ROOTS.get(size));
    }

    private static PrivateKey peterPrivateKey() throws Exception {
        String[] parts = PETER_SKEY.split("\\+", 5);
        byte[] encoded = Base64.getDecoder().decode(parts[4]);
        byte[] seed = Arrays.copyOfRange(encoded, 1, 33);
        byte[] pkcs8 = concat(HexFormat.of().parseHex("302e020100300506032b657004220420"), seed);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** A fresh Ed25519 key pair named as a log's key. */
    record Keys(NoteKey noteKey, PrivateKey privateKey) {

        static Keys generate(String name) {
            try {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                return new Keys(NoteKey.ofRaw(name, NoteKey.rawEd25519(pair.getPublic())), pair.getPrivate());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
