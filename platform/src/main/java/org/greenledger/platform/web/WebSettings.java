package org.greenledger.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.web.*}.
 *
 * @param maxBodyBytes the largest request body accepted; a larger one is a 400
 */
@ConfigurationProperties("greenledger.web")
public record WebSettings(@DefaultValue("262144") long maxBodyBytes) {
}
