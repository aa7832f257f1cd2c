package org.breachrules.spring;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code breach-rules.*} properties.
 *
 * @param rulesDirectory a folder of tuned DRL files (each replaces the built-in file of its name); absent: the
 *                       built-in rules. Needs {@code breach-rules-tuning} on the class path. The folder is trusted code.
 */
@ConfigurationProperties(prefix = "breach-rules")
public record BreachRulesProperties(Path rulesDirectory) {
}
