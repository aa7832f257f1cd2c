package org.breachrules.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.json.BreachRulesModule;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration: one shared determiner (built-in, or tuned by a property), the Jackson module, back-off. */
class BreachRulesAutoConfigurationTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BreachRulesAutoConfiguration.class));

    @Test
    void whenNothingIsConfigured_thenTheBuiltInRulesAndTheJacksonModuleAreThere() {
        context.run(c -> {
            assertThat(c.getBean(BreachDeterminer.class).rulesVersion())
                    .isEqualTo(DroolsBreachDeterminer.builtIn().rulesVersion());
            assertThat(c).hasSingleBean(BreachRulesModule.class);
        });
    }

    @Test
    void whenARulesDirectoryIsConfigured_thenTheTunedRulesAreUsed() {
        context.withPropertyValues("breach-rules.rules-directory=../breach-rules-examples/tuned-policy").run(c ->
                assertThat(c.getBean(BreachDeterminer.class).rulesVersion()).startsWith("tuned:"));
    }

    @Test
    void whenTheRulesDirectoryDoesNotExist_thenTheApplicationDoesNotStart() {
        context.withPropertyValues("breach-rules.rules-directory=no-such-folder").run(c ->
                assertThat(c).hasFailed());
    }

    @Test
    void whenTheApplicationDefinesItsOwnDeterminer_thenTheStarterBacksOff() {
        context.withBean("mine", BreachDeterminer.class, DroolsBreachDeterminer::builtIn).run(c ->
                assertThat(c).hasSingleBean(BreachDeterminer.class).hasBean("mine"));
    }
}
