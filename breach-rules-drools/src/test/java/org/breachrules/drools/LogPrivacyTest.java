package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.InvalidIncidentException;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.breachrules.drools.golden.GoldenScenario;
import org.breachrules.json.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The library never logs PHI or incident free text: a canary value fed through every free-text field must not appear
 * in anything logged (the library logs at TRACE in tests) nor in the determination's findings.
 */
@Isolated
class LogPrivacyTest {
    private static final String CANARY = "Canary-Jane-Q-Patient-7731";

    @Test
    void whenAnIncidentCarriesNamesAndFreeText_thenNoLogLineOrFindingContainsThem() {
        // Given an incident whose every free-text field holds the canary
        Incident base = GoldenScenario.all().stream().filter(s -> s.file().startsWith("t12a")).findFirst()
                .orElseThrow().incident();
        Incident incident = base.toBuilder()
                .reporter(new Reporter(Role.COVERED_ENTITY, CANARY, null, null, null, null,
                        new org.breachrules.api.Address(CANARY, CANARY, CANARY, CANARY),
                        new org.breachrules.api.Contact(CANARY, CANARY, CANARY, CANARY)))
                .lawEnforcementDelay(org.breachrules.api.LawEnforcementDelay.of(java.util.List.of(
                        new org.breachrules.api.LawEnforcementStatement(org.breachrules.api.StatementForm.ORAL,
                                LocalDate.of(2027, 4, 20), CANARY, null))))
                .description(CANARY)
                .build();
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Determination d;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            // When it is evaluated, and an invalid copy is rejected
            d = Engine.builtIn().determine(incident, LocalDate.of(2027, 6, 1));
            Incident invalid = incident.toBuilder().discoveredOn(LocalDate.of(2030, 1, 1)).build();
            InvalidIncidentException e = assertThrows(InvalidIncidentException.class,
                    () -> Engine.builtIn().determine(invalid, LocalDate.of(2027, 6, 1)));
            assertFalse(e.getMessage().contains(CANARY), "an error message echoes free text");
        } finally {
            System.setErr(original);
        }
        // Then the logs carry the incident id but never the canary
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains(incident.id()), "the library should log ids at TRACE/DEBUG; got: " + logs);
        assertFalse(logs.contains(CANARY), "a log line contains incident free text");
        assertFalse(d.findings().toString().contains(CANARY), "a finding contains incident free text");
        assertFalse(d.actions().toString().contains(CANARY), "an action contains incident free text");
    }
}
