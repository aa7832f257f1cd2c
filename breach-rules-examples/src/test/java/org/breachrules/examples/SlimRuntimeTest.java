package org.breachrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;

/**
 * This module depends on breach-rules-drools as a host does, without breach-rules-tuning: the built-in rules run
 * without the DRL compiler, and asking for tuned rules names the artifact to add.
 */
class SlimRuntimeTest {

    @Test
    void whenOnlyTheEngineIsOnTheClassPath_thenTheCompilerIsAbsentAndTheBuiltInRulesRun() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.drools.compiler.kie.builder.impl.KieServicesImpl"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.jdt.internal.compiler.Compiler"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.mvel2.MVEL"));

        Incident incident = Incident.builder().id("SLIM-1").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2026, 7, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(new Affected(600, Map.of(Jurisdiction.CA, 600), null, false)).build();
        Determination d = DroolsBreachDeterminer.builtIn().determine(incident, LocalDate.of(2026, 7, 2));

        assertTrue(d.breach());
        assertEquals(Basis.PRESUMED_BREACH_NO_ASSESSMENT, d.basis());
        assertEquals(3, d.notifications().size(), "individuals, HHS and California's media");
    }

    @Test
    void whenTunedRulesAreAskedForWithoutTheTuningModule_thenTheErrorNamesTheArtifactToAdd() {
        BreachRulesException e = assertThrows(BreachRulesException.class, () -> DroolsBreachDeterminer.builder()
                .rules("my-policy.drl", "package org.breachrules.rules;\n").build());
        assertTrue(e.getMessage().contains("org.breachrules:breach-rules-tuning"), e.getMessage());
    }
}
