package org.greenledger.query;

import com.fasterxml.jackson.databind.Module;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/** The query service: keeps read models from the events and answers questions (port 8082). */
@SpringBootApplication
@PropertySource("classpath:query-service.properties")
public class QueryServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(QueryServiceApplication.class, args);
    }

    /** Spring Boot adds every Jackson module bean to the HTTP answers' object mapper. */
    @Bean
    Module valueJson() {
        return ValueJson.module();
    }
}
