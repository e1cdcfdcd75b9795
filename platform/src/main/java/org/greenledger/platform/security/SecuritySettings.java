package org.greenledger.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.security.*}.
 *
 * @param audience  a token's {@code aud} must contain this
 * @param clockSkew how far {@code exp} and {@code nbf} may be off, for clocks that drift
 */
@ConfigurationProperties("greenledger.security")
public record SecuritySettings(
        @DefaultValue(DevSigningKey.AUDIENCE) String audience,
        @DefaultValue("30s") Duration clockSkew) {
}
