package org.breachrules.spring;

import java.time.LocalDate;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Incident;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * UP when the determiner answers a fixed, synthetic incident (no PHI) as the regulation says: a breach. The probe
 * goes to the determiner behind the timer, so health checks are not counted as determinations by
 * {@code breach.rules.determinations}.
 */
final class BreachRulesHealthIndicator implements HealthIndicator {
    private static final Incident PROBE = Incident.builder().id("health-probe")
            .reporter(Reporter.of(Role.COVERED_ENTITY)).discoveredOn(LocalDate.of(2026, 1, 5)).phiInvolved(true)
            .permittedByPrivacyRule(false).affected(Affected.total(1)).build();
    private static final LocalDate PROBE_AS_OF = LocalDate.of(2026, 1, 6);

    private final BreachDeterminer determiner;

    BreachRulesHealthIndicator(BreachDeterminer determiner) {
        this.determiner = ObservingDeterminer.unobserved(determiner);
    }

    @Override
    public Health health() {
        try {
            boolean breach = determiner.determine(PROBE, PROBE_AS_OF).breach();
            Health.Builder health = breach ? Health.up() : Health.down();
            return health.withDetail("rulesVersion", determiner.rulesVersion()).build();
        } catch (RuntimeException e) {
            // The exception's class only: a message may quote what the determiner was given.
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
