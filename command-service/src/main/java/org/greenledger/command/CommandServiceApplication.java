package org.greenledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/** The command service: takes commands over HTTP and turns them into events (port 8081). */
@SpringBootApplication
@PropertySource("classpath:command-service.properties")
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
