package org.greenledger.query.greenfinance;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The attestation key ring, in {@code greenfinance_signing_keys}: one Ed25519 key per period of
 * {@code key-lifetime}, counted from the epoch, so every instance knows which key signs now
 * without asking the others. A key's {@code _id} and kid are its period's start
 * ({@code gl-att-2026-12-03T00:00:00Z}): instances racing to create it insert the same
 * {@code _id}, and the unique index keeps the first.
 *
 * <p>A key stays in the published set until its period's end plus {@code validity}, the longest
 * anything it signed can be valid. The next period's key is published before it signs, so a bank
 * that fetches the set once per key lifetime always holds the key of whatever it is given.
 */
class SigningKeys implements DeliverySigner {

    static final String COLLECTION = "greenfinance_signing_keys";
    static final String ALGORITHM = "Ed25519";
    private static final String KID_PREFIX = "gl-att-";
    /** An Ed25519 X.509 SubjectPublicKeyInfo is this fixed prefix and then the 32 raw bytes, JWK's {@code x}. */
    private static final int X509_PREFIX = 12;

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final long lifetimeSeconds;
    private final Duration validity;
    private volatile Key current;

    SigningKeys(MongoDatabase database, AttestationSettings settings, Clock clock) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
        this.lifetimeSeconds = settings.keyLifetime().toSeconds();
        this.validity = settings.validity();
    }

    /** Signs with the key of the current period, creating it if this is its first use. */
    @Override
    public Signature sign(byte[] content) {
        Key key = key(clock.instant());
        try {
            java.security.Signature signer = java.security.Signature.getInstance(ALGORITHM);
            signer.initSign(key.privateKey());
            signer.update(content);
            return new Signature(key.kid(), signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with attestation key " + key.kid(), e);
        }
    }

    /** The kid that {@link #sign} uses now; it changes when a period ends. */
    String currentKid() {
        return kid(periodStart(clock.instant()));
    }

    /**
     * {@code {"keys": [...]}}: the key that signs now, the next one, and each earlier one whose
     * period ended less than {@code validity} ago (as configured now); newest first.
     */
    Map<String, Object> publishedJwks() {
        Instant now = clock.instant();
        stored(periodStart(now));
        stored(periodStart(now).plusSeconds(lifetimeSeconds));
        List<Document> published = new ArrayList<>();
        // the collection holds a key per period, a dozen a year: scanning it costs nothing
        for (Document key : keys.find()) {
            if (key.getDate("signsUntil").toInstant().plus(validity).isAfter(now)) {
                published.add(key);
            }
        }
        published.sort(Comparator.comparing((Document key) -> key.getDate("signsFrom")).reversed());
        List<Map<String, Object>> jwks = new ArrayList<>();
        for (Document key : published) {
            Map<String, Object> jwk = new LinkedHashMap<>();
            jwk.put("kty", "OKP");
            jwk.put("crv", ALGORITHM);
            jwk.put("x", key.getString("x"));
            jwk.put("kid", key.getString("_id"));
            jwk.put("use", "sig");
            jwk.put("alg", "EdDSA");
            jwks.add(jwk);
        }
        return Map.of("keys", jwks);
    }

    private Key key(Instant now) {
        String kid = kid(periodStart(now));
        Key key = current;
        if (key == null || !key.kid().equals(kid)) {
            Document stored = stored(periodStart(now));
            key = new Key(kid, privateKey(stored));
            current = key;
        }
        return key;
    }

    /** The period's key as stored, created if no instance has yet; a lost race reads the winner's. */
    private Document stored(Instant start) {
        String kid = kid(start);
        Document existing = keys.find(new Document("_id", kid)).first();
        if (existing != null) {
            return existing;
        }
        Document created = generated(kid, start);
        try {
            keys.insertOne(created);
            return created;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document winner = keys.find(new Document("_id", kid)).first();
        if (winner == null) {
            throw new IllegalStateException("Attestation key " + kid + " was created and then vanished");
        }
        return winner;
    }

    private Document generated(String kid, Instant start) {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot make " + ALGORITHM + " keys", e);
        }
        byte[] publicKey = pair.getPublic().getEncoded();
        return new Document("_id", kid)
                .append("x", base64Url(Arrays.copyOfRange(publicKey, X509_PREFIX, publicKey.length)))
                .append("privateKey", Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                .append("signsFrom", Date.from(start))
                .append("signsUntil", Date.from(start.plusSeconds(lifetimeSeconds)))
                .append("createdAt", Date.from(clock.instant()));
    }

    private static PrivateKey privateKey(Document stored) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(stored.getString("privateKey"))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Attestation key " + stored.getString("_id") + " is not a PKCS#8 "
                    + ALGORITHM + " key", e);
        }
    }

    private Instant periodStart(Instant at) {
        return Instant.ofEpochSecond(Math.floorDiv(at.getEpochSecond(), lifetimeSeconds) * lifetimeSeconds);
    }

    private static String kid(Instant periodStart) {
        return KID_PREFIX + periodStart;
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Key(String kid, PrivateKey privateKey) {
    }
}
