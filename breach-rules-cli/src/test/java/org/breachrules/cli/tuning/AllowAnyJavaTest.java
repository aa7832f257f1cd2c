package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.cli.Determiners;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 24, item 4: {@code --rules DIR --allow-any-java} on every command that evaluates incidents. A folder whose
 * DRL uses Java outside the allow-list of tuned rules (test resource {@code any-java}) is refused without the flag, as
 * {@code evaluate} refuses it, and runs with it.
 */
class AllowAnyJavaTest {
    private static final String AS_OF = "2026-11-20";
    private static final Path DIR = Tuning.resource("any-java");

    /** The real engine, recording what was asked of it. */
    private static final class Recording implements Determiners {
        final List<String> asked = new ArrayList<>();

        @Override
        public BreachDeterminer builtIn() {
            asked.add("built-in");
            return Tuning.ENGINE.builtIn();
        }

        @Override
        public BreachDeterminer withRules(Path rulesDirectory) {
            return withRules(rulesDirectory, false);
        }

        @Override
        public BreachDeterminer withRules(Path rulesDirectory, boolean anyJava) {
            asked.add(rulesDirectory + (anyJava ? " trusted with any Java" : ""));
            return Tuning.ENGINE.withRules(rulesDirectory, anyJava);
        }
    }

    /** {@code command} on sample 13 (a small breach of 2026), with {@code --rules DIR} and what the command needs. */
    private static String[] args(String command, Path drafts, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--as-of", AS_OF, "--rules", DIR.toString()));
        switch (command) {
            case "hhs-log" -> args.addAll(List.of("--year", "2026"));
            case "draft-notices" -> args.addAll(List.of("--out", drafts.toString()));
            default -> { }
        }
        args.addAll(List.of(more));
        args.add(Tuning.sample("13-small-breach-annual-log.json"));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "register", "hhs-log", "draft-notices"})
    void whenTheFolderNeedsAnyJavaAndTheFlagIsMissing_thenItIsRefusedAsEvaluateRefusesIt(String command,
                                                                                       @TempDir Path drafts) {
        Tuning.Result result = Tuning.run(new Recording(), args(command, drafts.resolve("out")));

        // The words are the engine's (TrustedRules); the command's part is one line per problem, file and line.
        assertEquals(2, result.exit(), result.err());
        assertEquals("", result.out());
        assertFalse(result.errLines().isEmpty());
        for (String line : result.errLines()) {
            assertTrue(line.startsWith(DIR.resolve("trusted-java.drl") + ": line "), line);
        }
        assertTrue(result.errLines().get(0).startsWith(DIR.resolve("trusted-java.drl") + ": line 5: ")
                && result.errLines().get(0).contains("java.text.Normalizer"), result.err());
        assertFalse(drafts.resolve("out").toFile().exists(), "nothing written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "register", "hhs-log", "draft-notices"})
    void whenTheFolderNeedsAnyJavaAndTheFlagIsGiven_thenTheCommandRunsWithIt(String command, @TempDir Path drafts) {
        Recording engine = new Recording();

        Tuning.Result result = Tuning.run(engine, args(command, drafts.resolve("out"), "--allow-any-java"));

        assertEquals(0, result.exit(), result.err());
        assertEquals("", result.err());
        assertFalse(result.out().isEmpty());
        assertEquals(List.of(DIR + " trusted with any Java"), engine.asked, "only the trusted folder's rules ran");
        if (command.equals("draft-notices")) {
            assertTrue(result.out().startsWith(drafts.resolve("out").toString()), result.out());
        }
    }
}
