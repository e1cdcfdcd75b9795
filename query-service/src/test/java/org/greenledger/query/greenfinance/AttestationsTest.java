package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenledger.query.greenfinance.AttestationFixtures.*;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.InvalidJwtSignatureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An attestation as a bank meets it: verified with jose4j and the published key set alone. */
class AttestationsTest {

    static final Instant ISSUED = PERIOD_START.plus(Duration.ofDays(10)).plus(Duration.ofHours(2));
    static final Instant VALID_UNTIL = ISSUED.plus(THIRTY_DAYS);

    static MongoServer server;
    static MongoClient client;
    MongoDatabase database;
    MutableClock clock;
    SigningKeys keys;
    Attestations attestations;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdown();
    }

    @BeforeEach
    void emptyKeyRing() {
        database = client.getDatabase("attestations-test");
        database.drop();
        clock = new MutableClock(ISSUED);
        keys = new SigningKeys(database, SETTINGS, clock);
        attestations = new Attestations(keys, SETTINGS, clock);
    }

    @Test
    void an_attestation_verifies_with_the_published_key_set_alone() throws Exception {
        SignedAttestation signed = attestations.issue(eligible(ISSUED, VALID_UNTIL));

        JwtClaims claims = BankVerifier.verify(signed.jws(), BankVerifier.json(keys), ICBC.value(), clock.instant());

        assertThat(claims.getSubject()).isEqualTo(STEEL.value());
        assertThat(claims.getAudience()).containsExactly(ICBC.value());
        assertThat(claims.getJwtId()).isEqualTo("urn:uuid:" + ATTESTATION);
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(ISSUED.getEpochSecond());
        assertThat(BankVerifier.segment(signed.jws(), 0))
                .containsExactly(Map.entry("alg", "EdDSA"), Map.entry("typ", "vc+jwt"), Map.entry("kid", FIRST_KID));
        assertThat(signed).isEqualTo(new SignedAttestation(ATTESTATION, FIRST_KID, signed.jws(), ISSUED, VALID_UNTIL));
    }

    @Test
    void the_credential_states_the_check_its_dates_and_the_events_it_reflects() throws Exception {
        SignedAttestation signed = attestations.issue(eligible(ISSUED, VALID_UNTIL));

        Map<String, Object> payload = BankVerifier.segment(signed.jws(), 1);

        assertThat(payload).containsEntry("@context", List.of("https://www.w3.org/ns/credentials/v2"))
                .containsEntry("type", List.of("VerifiableCredential", "GreenCreditEligibilityCredential"))
                .containsEntry("id", "urn:uuid:" + ATTESTATION)
                .containsEntry("issuer", ISSUER.toString())
                .containsEntry("validFrom", "2026-12-13T02:00:00Z")
                .containsEntry("validUntil", "2027-01-12T02:00:00Z")
                .containsEntry("nbf", (int) ISSUED.getEpochSecond())
                .containsEntry("exp", (int) VALID_UNTIL.getEpochSecond());
        assertThat(payload.get("credentialSubject")).isEqualTo(Map.of(
                "id", "urn:uscc:91310113MA1FL4G931",
                "uscc", "91310113MA1FL4G931",
                "category", "energy-efficiency",
                "eligible", true,
                "criteria", List.of(
                        Map.of("criterion", "green-list-entry", "met", true, "reason", "On the green list since 2026-03-01"),
                        Map.of("criterion", "no-dishonesty-flag", "met", true, "reason", "No dishonesty flag"),
                        Map.of("criterion", "energy-audit", "met", true, "reason", "Energy audit of 2026-06-30 accepted")),
                "catalogueVersion", "2026.1",
                "position", 4711,
                "reflects", "2026-12-12T09:30:00Z"));
    }

    @Test
    void dates_are_signed_in_whole_seconds_so_the_credential_and_the_jwt_agree() throws Exception {
        SignedAttestation signed = attestations.issue(eligible(ISSUED.plusMillis(750), VALID_UNTIL.plusMillis(250)));

        Map<String, Object> payload = BankVerifier.segment(signed.jws(), 1);

        assertThat(signed.validFrom()).isEqualTo(ISSUED);
        assertThat(signed.validUntil()).isEqualTo(VALID_UNTIL);
        assertThat(payload).containsEntry("validFrom", ISSUED.toString()).containsEntry("nbf", (int) ISSUED.getEpochSecond())
                .containsEntry("validUntil", VALID_UNTIL.toString()).containsEntry("exp", (int) VALID_UNTIL.getEpochSecond());
    }

    @Test
    void a_flipped_byte_in_the_payload_is_refused() throws Exception {
        String jws = attestations.issue(eligible(ISSUED, VALID_UNTIL)).jws();
        String[] parts = jws.split("\\.");
        // inside the category's text, so the payload stays well-formed JSON and only the signature can tell
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8).replace("energy-efficiency", "energy-efficiencx");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(UTF_8))
                + "." + parts[2];

        assertThatThrownBy(() -> BankVerifier.verify(forged, BankVerifier.json(keys), ICBC.value(), clock.instant()))
                .isInstanceOf(InvalidJwtSignatureException.class);
    }

    @Test
    void a_flipped_byte_in_the_signature_is_refused() throws Exception {
        String jws = attestations.issue(eligible(ISSUED, VALID_UNTIL)).jws();
        String[] parts = jws.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[17] ^= 0x01;
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);

        assertThatThrownBy(() -> BankVerifier.verify(forged, BankVerifier.json(keys), ICBC.value(), clock.instant()))
                .isInstanceOf(InvalidJwtSignatureException.class);
    }

    @Test
    void a_credential_signed_by_another_key_under_the_same_kid_is_refused() throws Exception {
        MongoDatabase elsewhere = client.getDatabase("attestations-test-impostor");
        elsewhere.drop();
        SigningKeys impostorKeys = new SigningKeys(elsewhere, SETTINGS, clock);
        String forged = new Attestations(impostorKeys, SETTINGS, clock).issue(eligible(ISSUED, VALID_UNTIL)).jws();

        assertThat(impostorKeys.currentKid()).isEqualTo(keys.currentKid());
        assertThatThrownBy(() -> BankVerifier.verify(forged, BankVerifier.json(keys), ICBC.value(), clock.instant()))
                .isInstanceOf(InvalidJwtSignatureException.class);
    }

    @Test
    void another_bank_cannot_rely_on_it() throws Exception {
        String jws = attestations.issue(eligible(ISSUED, VALID_UNTIL)).jws();

        assertThatThrownBy(() -> BankVerifier.verify(jws, BankVerifier.json(keys), "ccb-sh", clock.instant()))
                .isInstanceOfSatisfying(InvalidJwtException.class,
                        e -> assertThat(e.hasErrorCode(ErrorCodes.AUDIENCE_INVALID)).isTrue());
    }

    @Test
    void it_is_refused_once_its_validity_is_over() throws Exception {
        String jws = attestations.issue(eligible(ISSUED, VALID_UNTIL)).jws();
        clock.set(VALID_UNTIL.minusSeconds(1));
        BankVerifier.verify(jws, BankVerifier.json(keys), ICBC.value(), clock.instant());

        clock.set(VALID_UNTIL.plusSeconds(1));

        assertThatThrownBy(() -> BankVerifier.verify(jws, BankVerifier.json(keys), ICBC.value(), clock.instant()))
                .isInstanceOfSatisfying(InvalidJwtException.class, e -> assertThat(e.hasErrorCode(ErrorCodes.EXPIRED)).isTrue());
    }

    @Test
    void it_is_refused_before_it_is_valid() throws Exception {
        Instant tomorrow = ISSUED.plus(Duration.ofDays(1));
        String jws = attestations.issue(eligible(tomorrow, VALID_UNTIL)).jws();

        assertThatThrownBy(() -> BankVerifier.verify(jws, BankVerifier.json(keys), ICBC.value(), clock.instant()))
                .isInstanceOfSatisfying(InvalidJwtException.class,
                        e -> assertThat(e.hasErrorCode(ErrorCodes.NOT_YET_VALID)).isTrue());
        clock.set(tomorrow);
        BankVerifier.verify(jws, BankVerifier.json(keys), ICBC.value(), clock.instant());
    }

    @Test
    void nothing_is_signed_for_longer_than_its_key_stays_published() {
        assertThatThrownBy(() -> attestations.issue(eligible(ISSUED, VALID_UNTIL.plusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("past PT720H from now");
        assertThatThrownBy(() -> attestations.issue(eligible(ISSUED, ISSUED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must end after it starts");
    }
}
