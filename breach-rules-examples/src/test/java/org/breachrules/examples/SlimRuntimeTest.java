package org.breachrules.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Role;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This module depends on breach-rules-drools as a host does, without breach-rules-tuning: the built-in rules and a
 * precompiled rules jar run without the DRL compiler, and asking for tuned DRL names the artifact to add.
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

    /**
     * The tuned example folder, compiled by the tool (which has the tuning module) in a process of its own, loads here
     * and runs its DRL rule. Needs the tool's jar, built by {@code package}: skipped by a bare {@code mvn test}.
     */
    @Test
    void whenAPrecompiledRulesJarIsLoadedWithoutTheTuningModule_thenItsTunedRulesRun(@TempDir Path dir)
            throws Exception {
        Path tool = Path.of("../breach-rules-cli/target/breach-rules-cli.jar");
        assumeTrue(Files.isRegularFile(tool), "the tool's jar is built by package: " + tool);
        Path jar = dir.resolve("tuned.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process compile = new ProcessBuilder(java, "-jar", tool.toString(), "compile-rules", "--rules", "tuned-policy",
                "--out", jar.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertEquals(0, compile.waitFor(), "compile-rules");

        Incident ssn = Incident.builder().id("SLIM-2").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2026, 7, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .riskAssessment(new RiskAssessment(List.of(PhiType.SSN), RecipientType.HIPAA_COVERED_ENTITY,
                        AcquiredOrViewed.NO, List.of(Mitigation.DESTROYED_WITH_ATTESTATION)))
                .affected(new Affected(3, Map.of(Jurisdiction.CA, 3), null, false)).build();
        try (DroolsBreachDeterminer tuned = DroolsBreachDeterminer.builder().precompiledRules(jar).build()) {
            // Then the SSN incident a low-risk assessment would clear is notified, by the folder's DRL rule
            LocalDate asOf = LocalDate.of(2026, 7, 2);
            assertEquals(Basis.LOW_PROBABILITY_OF_COMPROMISE, DroolsBreachDeterminer.builtIn().determine(ssn, asOf)
                    .basis(), "the built-in rules");
            assertEquals(Basis.ELECTED_TO_NOTIFY, tuned.determine(ssn, asOf).basis(), "always-notify-ssn.drl");
            assertTrue(tuned.rulesVersion().startsWith("tuned:"), tuned.rulesVersion());
        }
    }
}
