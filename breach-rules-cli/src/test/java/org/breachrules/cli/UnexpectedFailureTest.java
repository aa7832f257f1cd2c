package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, item 4: one error path. An unexpected failure of any command that evaluates, an exception or an error, is
 * one line on standard error and exit 1, through the execution-exception handler installed in {@link BreachRulesCli};
 * the stack trace only with {@code --debug}.
 */
class UnexpectedFailureTest {
    private static final String AS_OF = "2026-11-20";

    /** An engine that fails on every incident with what {@code failure} gives. */
    private static Determiners failing(Supplier<? extends Throwable> failure) {
        return Cli.fixed(new BreachDeterminer() {
            @Override
            public Determination determine(Incident incident, LocalDate asOf) {
                Throwable t = failure.get();
                if (t instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) t;
            }

            @Override
            public String rulesVersion() {
                return "failing";
            }
        });
    }

    /** The command line of {@code command} on sample 01, with what the command needs besides. */
    private static String[] args(String command, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command));
        switch (command) {
            case "hhs-log" -> args.addAll(List.of("--year", "2026"));
            case "draft-notices" -> args.addAll(List.of("--out", out.toString()));
            default -> { }
        }
        args.addAll(List.of("--as-of", AS_OF));
        args.addAll(List.of(more));
        args.add(Golden.samples().resolve("01-ransomware-ehr-server.json").toString());
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "register", "hhs-log", "draft-notices"})
    void whenTheEngineThrows_thenEveryCommandSaysItInOneLineAndExits1(String command, @TempDir Path out) {
        Cli.Result result = Cli.run(failing(() -> new IllegalStateException("engine exploded\nsecond line")), "",
                args(command, out.resolve("drafts")));

        assertEquals(1, result.exit(), result.err());
        assertEquals("", result.out());
        assertEquals(List.of("breach-rules: engine exploded\\nsecond line"), result.errLines());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "register", "hhs-log", "draft-notices"})
    void whenTheEngineThrowsWithDebug_thenTheStackTraceFollowsTheLine(String command, @TempDir Path out) {
        Cli.Result result = Cli.run(failing(() -> new IllegalStateException("engine exploded")), "",
                args(command, out.resolve("drafts"), "--debug"));

        assertEquals(1, result.exit(), result.err());
        assertEquals("breach-rules: engine exploded", result.errLines().get(0));
        assertTrue(result.err().contains("java.lang.IllegalStateException: engine exploded"), result.err());
        assertTrue(result.err().contains("\tat "), result.err());
    }

    @Test
    void whenAnErrorIsThrown_thenItIsReportedTheSameWay() {
        // An Error is not an Exception: picocli alone would let it out with its stack trace.
        Determiners linkage = failing(() -> new NoClassDefFoundError("org/example/Missing"));

        Cli.Result plain = Cli.run(linkage, "", args("register", null));
        Cli.Result debug = Cli.run(linkage, "", args("register", null, "--debug"));

        assertEquals(1, plain.exit(), plain.err());
        assertEquals(List.of("breach-rules: org/example/Missing"), plain.errLines());
        assertEquals(1, debug.exit(), debug.err());
        assertEquals("breach-rules: org/example/Missing", debug.errLines().get(0));
        assertTrue(debug.err().contains("java.lang.NoClassDefFoundError"), debug.err());
        assertFalse(plain.err().contains("\tat "), plain.err());
    }

    @Test
    void whenTheJvmCannotGoOn_thenTheErrorIsNotSwallowed() {
        // Out of memory is one line (a file too large); a stack overflow is left to the JVM, as before.
        Cli.Result memory = Cli.run(failing(() -> new OutOfMemoryError("Java heap space")), "",
                args("evaluate", null));
        assertEquals(1, memory.exit());
        assertEquals(List.of("breach-rules: Java heap space"), memory.errLines());

        assertThrows(StackOverflowError.class, () -> Cli.run(failing(StackOverflowError::new), "",
                args("evaluate", null)));
    }
}
