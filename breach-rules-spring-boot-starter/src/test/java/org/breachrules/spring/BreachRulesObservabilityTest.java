package org.breachrules.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.util.Map;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Incident;
import org.breachrules.api.InvalidIncidentException;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Issue 24: the timer counts determinations (not health probes), the health indicator and the info contributor. */
class BreachRulesObservabilityTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final String VERSION = DroolsBreachDeterminer.builtIn().rulesVersion();

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(BreachRulesAutoConfiguration.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    private static Incident incident(boolean phiInvolved, LocalDate discoveredOn) {
        return Incident.builder().id("SYNTHETIC-1").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(discoveredOn).phiInvolved(phiInvolved).permittedByPrivacyRule(false)
                .affected(Affected.total(3)).build();
    }

    private static long count(MeterRegistry meters, String breach) {
        Timer timer = meters.find(TimedBreachDeterminer.TIMER).tag("breach", breach).timer();
        return timer == null ? 0 : timer.count();
    }

    private static long total(MeterRegistry meters) {
        return meters.find(TimedBreachDeterminer.TIMER).timers().stream().mapToLong(Timer::count).sum();
    }

    @Test
    void whenABreachIsDetermined_thenTheTimerCountsItTaggedBreachTrue() {
        context.run(c -> {
            MeterRegistry meters = c.getBean(MeterRegistry.class);

            c.getBean(BreachDeterminer.class).determine(incident(true, LocalDate.of(2026, 11, 1)), AS_OF);

            assertThat(count(meters, "true")).isEqualTo(1);
            assertThat(total(meters)).isEqualTo(1);
        });
    }

    @Test
    void whenNoBreachOrAnInvalidIncidentIsDetermined_thenTheTimerTagsThemFalseAndInvalid() {
        context.run(c -> {
            MeterRegistry meters = c.getBean(MeterRegistry.class);
            BreachDeterminer determiner = c.getBean(BreachDeterminer.class);

            determiner.determine(incident(false, LocalDate.of(2026, 11, 1)), AS_OF);
            assertThatThrownBy(() -> determiner.determine(incident(true, LocalDate.of(2026, 12, 1)), AS_OF))
                    .isInstanceOf(InvalidIncidentException.class);

            assertThat(count(meters, "false")).isEqualTo(1);
            assertThat(count(meters, "invalid")).isEqualTo(1);
            assertThat(count(meters, "true")).isZero();
        });
    }

    @Test
    void whenHealthIsProbed_thenItIsUpAndTheTimerCountsNothing() {
        context.run(c -> {
            MeterRegistry meters = c.getBean(MeterRegistry.class);
            HealthIndicator health = c.getBean("breachRulesHealthIndicator", HealthIndicator.class);

            for (int i = 0; i < 3; i++) {
                assertThat(health.health().getStatus()).isEqualTo(Status.UP);
            }

            assertThat(c.getBean(BreachDeterminer.class)).isInstanceOf(TimedBreachDeterminer.class);
            assertThat(total(meters)).isZero();
        });
    }

    @Test
    void whenHealthIsProbed_thenItNamesTheRulesVersion() {
        context.run(c -> assertThat(c.getBean("breachRulesHealthIndicator", HealthIndicator.class).health()
                .getDetails()).isEqualTo(Map.of("rulesVersion", VERSION)));
    }

    @Test
    void whenTheDeterminerFails_thenHealthIsDownNamingOnlyTheExceptionClass() {
        BreachDeterminer failing = new BreachDeterminer() {
            @Override
            public org.breachrules.api.Determination determine(Incident incident, LocalDate asOf) {
                throw new IllegalStateException("patient Jane Doe, SSN 123-45-6789");
            }

            @Override
            public String rulesVersion() {
                return "failing";
            }
        };
        context.withBean("mine", BreachDeterminer.class, () -> failing).run(c -> {
            var health = c.getBean("breachRulesHealthIndicator", HealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).isEqualTo(Map.of("error", "IllegalStateException"));
            assertThat(total(c.getBean(MeterRegistry.class))).isZero();
        });
    }

    @Test
    void whenTheDeterminerAnswersTheProbeWithNoBreach_thenHealthIsDown() {
        BreachDeterminer wrong = new BreachDeterminer() {
            private final BreachDeterminer real = DroolsBreachDeterminer.builtIn();

            @Override
            public org.breachrules.api.Determination determine(Incident incident, LocalDate asOf) {
                return real.determine(incident(false, incident.discoveredOn()), asOf);
            }

            @Override
            public String rulesVersion() {
                return "wrong";
            }
        };
        context.withBean("mine", BreachDeterminer.class, () -> wrong).run(c ->
                assertThat(c.getBean("breachRulesHealthIndicator", HealthIndicator.class).health().getStatus())
                        .isEqualTo(Status.DOWN));
    }

    @Test
    void whenInfoIsAsked_thenItNamesTheRulesVersion() {
        context.run(c -> {
            Info.Builder info = new Info.Builder();

            c.getBean("breachRulesInfoContributor", InfoContributor.class).contribute(info);

            assertThat(info.build().getDetails()).isEqualTo(Map.of("breachRules", Map.of("rulesVersion", VERSION)));
        });
    }

    @Test
    void whenThereIsNoMeterRegistry_thenTheDeterminerIsNotTimedAndHealthIsUp() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(BreachRulesAutoConfiguration.class))
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(c -> {
                    assertThat(c.getBean(BreachDeterminer.class)).isNotInstanceOf(TimedBreachDeterminer.class);
                    assertThat(c.getBean("breachRulesHealthIndicator", HealthIndicator.class).health().getStatus())
                            .isEqualTo(Status.UP);
                });
    }
}
