package org.greenledger.command.greenfinance;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.greenfinance.*}.
 *
 * @param expiryPoll how often consents past their last day are expired
 */
@ConfigurationProperties("greenledger.greenfinance")
record GreenfinanceSettings(@DefaultValue("30s") Duration expiryPoll) {
}
