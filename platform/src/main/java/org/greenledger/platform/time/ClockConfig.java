package org.greenledger.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The city's clock, for both services: dates such as "an audit not in the future" are Shanghai
 * dates. A non-zero {@code greenledger.clock.offset} (e.g. {@code P8D}) runs it ahead, so a
 * demonstration can live through a public-notice period; it is logged loudly, and never meant for
 * production. Both services must run with the same offset, or the query side's attestation dates
 * and the command side's deadlines disagree.
 */
@AutoConfiguration
public class ClockConfig {

    public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock(@Value("${greenledger.clock.offset:PT0S}") Duration offset) {
        Clock city = Clock.system(CITY);
        if (offset.isZero()) {
            return city;
        }
        LoggerFactory.getLogger(ClockConfig.class).warn(
                "greenledger.clock.offset is {}: this service's clock runs {} ahead of real time (demonstrations only)",
                offset, offset);
        return Clock.offset(city, offset);
    }
}
