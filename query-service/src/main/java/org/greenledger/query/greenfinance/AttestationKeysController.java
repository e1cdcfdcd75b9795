package org.greenledger.query.greenfinance;

import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The attestation keys as a JWK set (RFC 7517), public: a bank needs no token to check what an
 * enterprise hands it. Cached briefly, so a bank that meets an unknown kid and fetches again soon
 * sees a key created since.
 */
@RestController
class AttestationKeysController {

    static final String PATH = "/api/greenfinance/attestation-keys";
    static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");

    private final SigningKeys keys;

    AttestationKeysController(SigningKeys keys) {
        this.keys = keys;
    }

    /** The content type is set, not negotiated, so a client asking for plain JSON gets the set too. */
    @GetMapping(PATH)
    ResponseEntity<Map<String, Object>> keys() {
        return ResponseEntity.ok().contentType(JWK_SET).cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keys.publishedJwks());
    }
}
