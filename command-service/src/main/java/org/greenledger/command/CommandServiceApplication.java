package org.greenledger.command;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/** The command service: takes commands over HTTP and turns them into events (port 8081). */
@SpringBootApplication
@PropertySource("classpath:command-service.properties")
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }

    /**
     * The city's clock: dates such as "an audit not in the future" are Shanghai dates. A non-zero
     * {@code greenledger.clock.offset} (e.g. {@code P8D}) runs it ahead, so a demonstration can live
     * through a public-notice period; it is logged loudly, and never meant for production.
     */
    @Bean
    Clock clock(@Value("${greenledger.clock.offset:PT0S}") Duration offset) {
        Clock city = Clock.system(ZoneId.of("Asia/Shanghai"));
        if (offset.isZero()) {
            return city;
        }
        LoggerFactory.getLogger(CommandServiceApplication.class).warn(
                "greenledger.clock.offset is {}: this service's clock runs {} ahead of real time (demonstrations only)",
                offset, offset);
        return Clock.offset(city, offset);
    }
}
