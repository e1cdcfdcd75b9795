package org.greenledger.command.subsidy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code greenledger.subsidy.*}.
 *
 * @param factsMaxWait how long an eligibility assessment waits for the applicant facts to reflect
 *                     every event appended before it (then 503, retry)
 * @param deadlinePoll how often the public-notice deadlines are checked
 */
@ConfigurationProperties("greenledger.subsidy")
record SubsidySettings(@DefaultValue("10s") Duration factsMaxWait, @DefaultValue("30s") Duration deadlinePoll) {
}
