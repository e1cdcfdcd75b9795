package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.time.temporal.ChronoUnit.SECONDS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues eligibility attestations: a W3C Verifiable Credential 2.0 signed as a compact JWS
 * ({@code typ vc+jwt}, EdDSA over Ed25519) with the JWT claims beside it ({@code iss sub aud jti iat
 * nbf exp}), so a bank checks audience and dates with any JOSE library and the published key set
 * alone. The JSON is written field by field: it is what banks parse, and must not follow a rename
 * of our records.
 */
class Attestations {

    static final String TYPE = "vc+jwt";
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String CREDENTIAL_TYPE = "GreenCreditEligibilityCredential";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SigningKeys keys;
    private final AttestationSettings settings;
    private final Clock clock;

    Attestations(SigningKeys keys, AttestationSettings settings, Clock clock) {
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Signs the claims with the current key. The dates are cut to whole seconds, as {@code nbf} and
     * {@code exp} count them, so the credential's dates and the JWT's agree.
     *
     * @throws IllegalArgumentException if the claims end no later than they start, or later than
     *                                  {@code validity} from now, when their key might no longer be published
     */
    SignedAttestation issue(AttestationClaims claims) {
        Instant now = clock.instant();
        Instant validFrom = claims.validFrom().truncatedTo(SECONDS);
        Instant validUntil = claims.validUntil().truncatedTo(SECONDS);
        if (!validUntil.isAfter(validFrom)) {
            throw new IllegalArgumentException("Attestation " + claims.attestationId() + " must end after it starts, not"
                    + " from " + validFrom + " until " + validUntil);
        }
        if (validUntil.isAfter(now.plus(settings.validity()))) {
            throw new IllegalArgumentException("Attestation " + claims.attestationId() + " would be valid until "
                    + validUntil + ", past " + settings.validity() + " from now, when its key may be unpublished");
        }
        String payload = SigningKeys.base64Url(json(payload(claims, validFrom, validUntil, now)));
        // the kid is inside what is signed: if the period turns between reading it and signing, sign again
        for (int attempt = 0; attempt < 3; attempt++) {
            String kid = keys.currentKid();
            String signingInput = SigningKeys.base64Url(json(header(kid))) + "." + payload;
            Signature signature = keys.sign(signingInput.getBytes(US_ASCII));
            if (signature.kid().equals(kid)) {
                return new SignedAttestation(claims.attestationId(), kid,
                        signingInput + "." + SigningKeys.base64Url(signature.value()), validFrom, validUntil);
            }
        }
        throw new IllegalStateException("The attestation key kept changing while signing " + claims.attestationId());
    }

    private static Map<String, Object> header(String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "EdDSA");
        header.put("typ", TYPE);
        header.put("kid", kid);
        return header;
    }

    private Map<String, Object> payload(AttestationClaims claims, Instant validFrom, Instant validUntil, Instant now) {
        String id = "urn:uuid:" + claims.attestationId();
        String issuer = settings.issuer().toString();
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (AttestedCriterion criterion : claims.criteria()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("criterion", criterion.criterion());
            line.put("met", criterion.met());
            line.put("reason", criterion.reason());
            criteria.add(line);
        }
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", "urn:uscc:" + claims.subject().value());
        subject.put("uscc", claims.subject().value());
        subject.put("category", claims.category());
        subject.put("eligible", claims.eligible());
        subject.put("criteria", criteria);
        subject.put("catalogueVersion", claims.catalogueVersion());
        subject.put("position", claims.position());
        subject.put("reflects", claims.reflects().toString());

        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@context", List.of(VC_CONTEXT));
        payload.put("id", id);
        payload.put("type", List.of("VerifiableCredential", CREDENTIAL_TYPE));
        payload.put("issuer", issuer);
        payload.put("validFrom", validFrom.toString());
        payload.put("validUntil", validUntil.toString());
        payload.put("credentialSubject", subject);
        payload.put("iss", issuer);
        payload.put("sub", claims.subject().value());
        payload.put("aud", claims.audience().value());
        payload.put("jti", id);
        payload.put("iat", now.getEpochSecond());
        payload.put("nbf", validFrom.getEpochSecond());
        payload.put("exp", validUntil.getEpochSecond());
        return payload;
    }

    private static byte[] json(Map<String, Object> value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of strings, numbers and booleans always serialize", e);
        }
    }
}
