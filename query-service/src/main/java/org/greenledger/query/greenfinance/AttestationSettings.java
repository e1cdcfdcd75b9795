package org.greenledger.query.greenfinance;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.attestation.*}.
 *
 * @param issuer      who signs, as {@code iss} and the credential's {@code issuer}; banks pin it
 * @param keyLifetime how long one key signs before the next takes over, in whole seconds
 * @param validity    the longest an attestation is valid; a key stays published this long after it
 *                    last signed, so whatever it signed can be verified to the end
 */
@ConfigurationProperties("greenledger.attestation")
record AttestationSettings(@DefaultValue("https://greenledger.example/greenfinance") URI issuer,
                           @DefaultValue("P30D") Duration keyLifetime, @DefaultValue("P30D") Duration validity) {

    AttestationSettings {
        if (!issuer.isAbsolute()) {
            throw new IllegalArgumentException("greenledger.attestation.issuer must be an absolute URI, not " + issuer);
        }
        if (keyLifetime.toSeconds() < 1 || keyLifetime.getNano() != 0) {
            throw new IllegalArgumentException("greenledger.attestation.key-lifetime must be whole seconds, not " + keyLifetime);
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("greenledger.attestation.validity must be positive, not " + validity);
        }
    }
}
