package org.breachrules.spring.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A service a non-Java integration engine can call: {@code POST /determinations} (see the README). */
@SpringBootApplication
public class BreachRulesService {
    /**
     * Starts the service.
     *
     * @param args Spring Boot's arguments ({@code --server.port=8080}, ...)
     */
    public static void main(String[] args) {
        SpringApplication.run(BreachRulesService.class, args);
    }
}
