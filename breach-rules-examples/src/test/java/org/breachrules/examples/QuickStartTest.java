package org.breachrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;

/** The README's Java quick start, as written there, so that it keeps compiling and means what it says. */
class QuickStartTest {

    @Test
    void whenReadmeQuickStartRuns_thenPresumedBreach() {
        // Given
        BreachDeterminer determiner = DroolsBreachDeterminer.builtIn();
        Incident incident = Incident.builder()
                .id("SEC-2026-00412").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2026, 7, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(new Affected(2750, Map.of(Jurisdiction.CA, 2300, Jurisdiction.NV, 450), null, false))
                .ransomware(true).build();

        // When
        Determination d = determiner.determine(incident, LocalDate.of(2026, 7, 2));

        // Then
        assertTrue(d.breach());
        assertEquals(Basis.PRESUMED_BREACH_NO_ASSESSMENT, d.basis());
        assertFalse(d.notifications().isEmpty());
        assertFalse(d.findings().isEmpty());
    }
}
