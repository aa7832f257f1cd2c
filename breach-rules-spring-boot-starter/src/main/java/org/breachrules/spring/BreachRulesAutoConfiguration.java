package org.breachrules.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.json.BreachRulesModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One shared {@link BreachDeterminer} for the application (the built-in rules, or the built-in rules tuned by
 * {@code breach-rules.rules-directory}), the Jackson {@link BreachRulesModule} (Spring Boot registers it with its
 * {@code ObjectMapper}), the rules version in Actuator's {@code info}, a {@code breachRules} health indicator, and a
 * Micrometer timer per determination when a {@code MeterRegistry} is present. Every bean backs off when the
 * application defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(BreachRulesProperties.class)
public class BreachRulesAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(BreachRulesAutoConfiguration.class);

    /**
     * The determiner, built once at start-up: tuned rules that do not compile stop the application with every
     * problem's file and line.
     *
     * @param properties the {@code breach-rules.*} properties
     * @return the shared determiner
     */
    @Bean
    @ConditionalOnMissingBean
    public BreachDeterminer breachDeterminer(BreachRulesProperties properties) {
        DroolsBreachDeterminer determiner = properties.rulesDirectory() == null
                ? DroolsBreachDeterminer.builtIn()
                : DroolsBreachDeterminer.builder().rulesDirectory(properties.rulesDirectory()).build();
        LOG.info("breach-rules: rules {}", determiner.rulesVersion());
        return determiner;
    }

    /** Micrometer: every {@link BreachDeterminer} bean is timed when the application has a meter registry. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Metrics {

        @Bean
        static BeanPostProcessor breachRulesTimer(ObjectProvider<MeterRegistry> registry) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    MeterRegistry meters = bean instanceof BreachDeterminer ? registry.getIfAvailable() : null;
                    return meters == null || bean instanceof TimedBreachDeterminer ? bean
                            : new TimedBreachDeterminer((BreachDeterminer) bean, meters);
                }
            };
        }
    }

    /**
     * Reads incidents strictly and writes determinations exactly as the interchange format says, through the
     * application's own {@code ObjectMapper}.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public BreachRulesModule breachRulesJacksonModule() {
        return new BreachRulesModule();
    }

    /** Actuator: the rules version in {@code /actuator/info}, and the {@code breachRules} health indicator. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    static class Actuator {

        @Bean
        @ConditionalOnMissingBean(name = "breachRulesInfoContributor")
        InfoContributor breachRulesInfoContributor(BreachDeterminer determiner) {
            return builder -> builder.withDetail("breachRules", Map.of("rulesVersion", determiner.rulesVersion()));
        }

        /** UP when the determiner answers a synthetic incident; the probe is not timed as a determination. */
        @Bean
        @ConditionalOnMissingBean(name = "breachRulesHealthIndicator")
        HealthIndicator breachRulesHealthIndicator(BreachDeterminer determiner) {
            return new BreachRulesHealthIndicator(determiner);
        }
    }
}
