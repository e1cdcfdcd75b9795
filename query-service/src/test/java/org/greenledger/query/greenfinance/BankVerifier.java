package org.greenledger.query.greenfinance;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.OctetKeyPairJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * What a bank does with an attestation, with jose4j and nothing of ours: it holds the key set as
 * JSON and checks the signature (EdDSA only), {@code typ}, issuer, itself as audience and the dates.
 */
final class BankVerifier {

    static final ObjectMapper JSON = new ObjectMapper();

    private BankVerifier() {
    }

    static JwtClaims verify(String jws, String jwkSetJson, String audience, Instant now) throws InvalidJwtException {
        JsonWebKeySet keys;
        try {
            keys = new JsonWebKeySet(jwkSetJson);
        } catch (JoseException e) {
            throw new IllegalArgumentException("not a JWK set: " + jwkSetJson, e);
        }
        return new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.EDDSA)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setExpectedType(true, Attestations.TYPE)
                .setExpectedIssuer(AttestationFixtures.ISSUER.toString())
                .setExpectedAudience(audience)
                .setRequireExpirationTime()
                .setRequireNotBefore()
                .setRequireJwtId()
                .setEvaluationTime(NumericDate.fromSeconds(now.getEpochSecond()))
                .build()
                .processToClaims(jws);
    }

    /** Checks a detached signature, as a webhook receiver would, with the public key the set publishes. */
    static boolean verifyDetached(byte[] content, Signature signature, String jwkSetJson) throws Exception {
        OctetKeyPairJsonWebKey key = (OctetKeyPairJsonWebKey) new JsonWebKeySet(jwkSetJson)
                .findJsonWebKey(signature.kid(), "OKP", "sig", AlgorithmIdentifiers.EDDSA);
        if (key == null) {
            return false;
        }
        PublicKey publicKey = key.getPublicKey();
        java.security.Signature verifier = java.security.Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey);
        verifier.update(content);
        return verifier.verify(signature.value());
    }

    static String json(SigningKeys keys) throws Exception {
        return JSON.writeValueAsString(keys.publishedJwks());
    }

    /** The decoded segment (0 header, 1 payload) of a compact JWS. */
    static Map<String, Object> segment(String jws, int index) throws Exception {
        byte[] decoded = Base64.getUrlDecoder().decode(jws.split("\\.")[index]);
        return JSON.readValue(new String(decoded, UTF_8), new TypeReference<>() {});
    }
}
