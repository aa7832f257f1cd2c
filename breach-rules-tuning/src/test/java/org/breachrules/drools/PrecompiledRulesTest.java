package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.breachrules.api.BreachRulesException;
import org.breachrules.json.Scenario;
import org.breachrules.tuning.Scenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tuned folder compiled once ({@code compile-rules}) and loaded from its jar decides exactly as the same folder
 * compiled from its DRL, under the same rules version, and a jar is refused when it does not hold what it says. In
 * the engine's package (it reads the jar through PrecompiledRules), in this module because it compiles DRL.
 */
class PrecompiledRulesTest {
    private static final Path EXAMPLE = Path.of("../breach-rules-examples/tuned-policy");
    /** The example folder compiled from its DRL, once for the class (a determiner is immutable and thread-safe). */
    private static DroolsBreachDeterminer fresh;

    private static synchronized DroolsBreachDeterminer fresh() {
        if (fresh == null) {
            fresh = DroolsBreachDeterminer.builder().rulesDirectory(EXAMPLE).build();
        }
        return fresh;
    }

    @AfterAll
    static synchronized void closeFresh() {
        if (fresh != null) {
            fresh.close();
            fresh = null;
        }
    }

    @Test
    void whenTheExampleFolderIsPrecompiled_thenTheJarDecidesEveryGoldenScenarioAsTheFolder(@TempDir Path dir) {
        Path jar = dir.resolve("tuned.jar");
        String version = DroolsBreachDeterminer.builder().rulesDirectory(EXAMPLE).writePrecompiled(jar);
        DroolsBreachDeterminer fresh = fresh();
        try (DroolsBreachDeterminer loaded = DroolsBreachDeterminer.builder().precompiledRules(jar).build()) {
            assertEquals(fresh.rulesVersion(), version);
            assertEquals(fresh.rulesVersion(), loaded.rulesVersion());
            assertEquals(fresh.ruleSources(), loaded.ruleSources());
            assertEquals(fresh.policy().getBusinessAssociateNoticeDays(), loaded.policy().getBusinessAssociateNoticeDays());
            int n = 0;
            for (Scenario s : Scenarios.all()) {
                assertEquals(fresh.determine(s.incident(), s.asOf()), loaded.determine(s.incident(), s.asOf()),
                        s.file());
                n++;
            }
            assertTrue(n > 100, "golden scenarios: " + n);
        }
    }

    @Test
    void whenOnlyPolicyValuesChanged_thenTheJarHoldsNoClassesAndRunsTheBuiltInRules(@TempDir Path dir)
            throws Exception {
        Path jar = dir.resolve("values.jar");
        DroolsBreachDeterminer.builder().policy("policy.properties", "retentionYears = 7\n").writePrecompiled(jar);
        assertTrue(PrecompiledRules.read(jar).modelClasses().isEmpty());
        try (DroolsBreachDeterminer loaded = DroolsBreachDeterminer.builder().precompiledRules(jar).build()) {
            assertEquals(7, loaded.policy().getRetentionYears());
            assertEquals(DroolsBreachDeterminer.builder().policy("policy.properties", "retentionYears = 7\n").build()
                    .rulesVersion(), loaded.rulesVersion());
        }
    }

    @Test
    void whenAJarWasCompiledWithAnyJava_thenItLoadsOnlyWithAnyJava(@TempDir Path dir) {
        Path jar = dir.resolve("any.jar");
        DroolsBreachDeterminer.builder().rules("mine.drl", "package org.breachrules.rules;\n"
                + "import org.breachrules.drools.facts.Case;\nrule \"Mine\"\nwhen\n    Case()\nthen\n"
                + "    new java.io.File(\"x\").getName();\nend\n").allowAnyJava().writePrecompiled(jar);
        BreachRulesException e = assertThrows(BreachRulesException.class,
                () -> DroolsBreachDeterminer.builder().precompiledRules(jar).build());
        assertTrue(e.getMessage().contains("trusted with any Java"), e.getMessage());
        DroolsBreachDeterminer.builder().precompiledRules(jar).allowAnyJava().build().close();
    }

    @Test
    void whenAJarDoesNotHoldWhatItSays_thenItIsRefusedNamingTheJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("changed.jar");
        PrecompiledRules.write(jar, Map.of(), Map.of(PolicyFile.NAME, "retentionYears = 7\n"), "tuned:sha256:0", false);
        BreachRulesException e = assertThrows(BreachRulesException.class,
                () -> DroolsBreachDeterminer.builder().precompiledRules(jar).build());
        assertTrue(e.getMessage().contains("holds rules version tuned:sha256:0 but its files digest to"), e.getMessage());

        Path notAJar = dir.resolve("plain.jar");
        Files.writeString(notAJar, "not a jar");
        assertThrows(BreachRulesException.class, () -> DroolsBreachDeterminer.builder().precompiledRules(notAJar)
                .build());
    }

    /** The cache: the first build compiles into it, the next loads the same rules from it; a bad entry is skipped. */
    @Test
    void whenACacheIsGiven_thenTheSecondBuildLoadsTheFirstOnesJar(@TempDir Path cache) throws Exception {
        DroolsBreachDeterminer.Builder first = DroolsBreachDeterminer.builder().rulesDirectory(EXAMPLE).cache(cache);
        String version = first.rulesVersion();
        try (DroolsBreachDeterminer a = first.build()) {
            assertEquals(version, a.rulesVersion());
        }
        Path entry;
        try (var list = Files.list(cache)) {
            entry = list.filter(p -> p.getFileName().toString().endsWith("-allow-list.jar")).findFirst().orElseThrow();
        }
        assertEquals(version, PrecompiledRules.read(entry).rulesVersion());
        long written = Files.getLastModifiedTime(entry).toMillis();
        DroolsBreachDeterminer fresh = fresh();
        try (DroolsBreachDeterminer b = DroolsBreachDeterminer.builder().rulesDirectory(EXAMPLE).cache(cache).build()) {
            assertEquals(version, b.rulesVersion());
            assertEquals(written, Files.getLastModifiedTime(entry).toMillis(), "loaded, not written again");
            Scenario s = Scenarios.all().get(0);
            assertEquals(fresh.determine(s.incident(), s.asOf()), b.determine(s.incident(), s.asOf()));
        }
        Files.writeString(entry, "not a jar any more");
        try (DroolsBreachDeterminer c = DroolsBreachDeterminer.builder().rulesDirectory(EXAMPLE).cache(cache).build()) {
            assertEquals(version, c.rulesVersion(), "a broken entry is skipped: compiled without the cache");
        }
    }
}
