package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.cli.Determiners;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.verify.generate.IncidentGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compile-rules}: a tuned folder compiled once into a jar, which {@code --rules FILE.jar} loads without
 * compiling, with exactly the answers and rules version of the folder itself.
 */
class CompileRulesCommandTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    /** evaluate --rules on the example folder (a fresh DRL compile, no cache) of sample 03: once for the class. */
    private static Tuning.Result fromFolder;

    private static synchronized Tuning.Result evaluatedFromTheFolder() {
        if (fromFolder == null) {
            fromFolder = Tuning.run(Determiners.drools(), "evaluate", "--as-of", AS_OF.toString(), "--rules",
                    Tuning.tunedPolicy().toString(), Tuning.sample("03-lost-laptop-unencrypted.json"));
            assertEquals(0, fromFolder.exit(), fromFolder.err());
        }
        return fromFolder;
    }

    @Test
    void whenTheExampleFolderIsCompiled_thenEvaluateWithTheJarPrintsWhatTheFolderPrints(@TempDir Path dir) {
        Path jar = dir.resolve("tuned.jar");
        Tuning.Result compiled = Tuning.run(Determiners.drools(), "compile-rules", "--rules",
                Tuning.tunedPolicy().toString(), "--out", jar.toString());
        assertEquals(0, compiled.exit(), compiled.err());
        assertTrue(compiled.out().startsWith(jar + ": tuned rules tuned:sha256:"), compiled.out());

        String sample = Tuning.sample("03-lost-laptop-unencrypted.json");
        Tuning.Result folder = evaluatedFromTheFolder();
        Tuning.Result fromJar = Tuning.run(Determiners.drools(), "evaluate", "--as-of", AS_OF.toString(), "--rules",
                jar.toString(), sample);
        assertEquals(0, fromJar.exit(), fromJar.err());
        assertEquals(folder.out(), fromJar.out());
    }

    /** The oracle: the jar answers 10,000 generated incidents (seed printed) exactly as a fresh DRL compile. */
    @Test
    void whenTenThousandGeneratedIncidentsAreDetermined_thenTheJarAnswersAsTheFolder(@TempDir Path dir) {
        Path jar = dir.resolve("tuned.jar");
        DroolsBreachDeterminer.builder().rulesDirectory(Tuning.tunedPolicy()).writePrecompiled(jar);
        long seed = Long.getLong("breachrules.precompiled.seed", 2026L);
        int count = Integer.getInteger("breachrules.precompiled.count", 10_000);
        System.out.println("CompileRulesCommandTest: " + count + " generated incidents, seed " + seed);
        List<Incident> incidents = new IncidentGenerator(seed, AS_OF).withFormat12Facts().next(count);
        try (DroolsBreachDeterminer fresh = DroolsBreachDeterminer.builder().rulesDirectory(Tuning.tunedPolicy())
                .build(); DroolsBreachDeterminer loaded = DroolsBreachDeterminer.builder().precompiledRules(jar).build()) {
            List<Determination> expected = fresh.determineAll(incidents, AS_OF);
            List<Determination> actual = loaded.determineAll(incidents, AS_OF);
            for (int i = 0; i < count; i++) {
                assertEquals(expected.get(i), actual.get(i), "incident " + i + " (seed " + seed + ")");
            }
        }
    }

    @Test
    void whenTheFolderIsRefused_thenNothingIsWrittenAndTheLinesNameFileAndLine(@TempDir Path dir) {
        Path jar = dir.resolve("any.jar");
        Tuning.Result refused = Tuning.run(Determiners.drools(), "compile-rules", "--rules",
                Tuning.resource("any-java").toString(), "--out", jar.toString());
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.err().contains("trusted-java.drl: line "), refused.err());
        assertTrue(!jar.toFile().exists());

        Tuning.Result trusted = Tuning.run(Determiners.drools(), "compile-rules", "--rules",
                Tuning.resource("any-java").toString(), "--out", jar.toString(), "--allow-any-java");
        assertEquals(0, trusted.exit(), trusted.err());
        Tuning.Result withoutTrust = Tuning.run(Determiners.drools(), "evaluate", "--as-of", AS_OF.toString(),
                "--rules", jar.toString(), Tuning.sample("03-lost-laptop-unencrypted.json"));
        assertEquals(2, withoutTrust.exit());
        assertTrue(withoutTrust.err().contains("trusted with any Java"), withoutTrust.err());
    }

    /** BREACH_RULES_CACHE (here its system property): the second run loads what the first compiled, same output. */
    @Test
    void whenARulesCacheIsSet_thenTheFolderIsCompiledOnceAndTheOutputIsTheSame(@TempDir Path cache) throws Exception {
        String sample = Tuning.sample("03-lost-laptop-unencrypted.json");
        String plain = evaluatedFromTheFolder().out();
        System.setProperty("breachrules.cache", cache.toString());
        try {
            Tuning.Result first = Tuning.run(Determiners.drools(), "evaluate", "--as-of", AS_OF.toString(), "--rules",
                    Tuning.tunedPolicy().toString(), sample);
            long entries;
            try (var list = java.nio.file.Files.list(cache)) {
                entries = list.filter(p -> p.toString().endsWith(".jar")).count();
            }
            assertEquals(1, entries);
            Tuning.Result second = Tuning.run(Determiners.drools(), "evaluate", "--as-of", AS_OF.toString(), "--rules",
                    Tuning.tunedPolicy().toString(), sample);
            assertEquals(plain, first.out());
            assertEquals(plain, second.out());
        } finally {
            System.clearProperty("breachrules.cache");
        }
    }
}
