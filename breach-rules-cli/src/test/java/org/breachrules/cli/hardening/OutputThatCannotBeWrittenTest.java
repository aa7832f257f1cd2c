package org.breachrules.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: output that cannot be written (a full disk) exits 1 with one line on standard error, never 0.
 * The tool runs as its own process with standard output on {@code /dev/full}, where every write fails.
 */
class OutputThatCannotBeWrittenTest {
    private static final File FULL = new File("/dev/full");

    private static Process run(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.breachrules.cli.BreachRulesCli"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(FULL).start();
    }

    @Test
    void whenStandardOutputIsFull_thenEvaluateExits1AndSaysSo() throws Exception {
        assumeTrue(FULL.exists() && FULL.canWrite(), "/dev/full is needed to simulate a full disk");
        // Given a sample and standard output on a full device
        Process p = run("evaluate", "--as-of", "2026-11-20", Path.of(System.getProperty("samples.dir", "samples"), "01-ransomware-ehr-server.json").toString());
        // When it runs
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool finishes");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        // Then it fails with exit 1 and one line, and no stack trace
        assertEquals(1, p.exitValue(), err);
        assertTrue(err.contains("breach-rules: cannot write to standard output"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void whenStandardOutputIsFull_thenGenerateExits1() throws Exception {
        assumeTrue(FULL.exists() && FULL.canWrite(), "/dev/full is needed to simulate a full disk");
        Process p = run("generate", "--count", "5000", "--as-of", "2026-11-20");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the tool finishes");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void whenStandardOutputIsFull_thenGenerateRegisterAndHhsLogSaySoInOneLine() throws Exception {
        assumeTrue(FULL.exists() && FULL.canWrite(), "/dev/full is needed to simulate a full disk");
        String samples = System.getProperty("samples.dir", "samples");
        List<String[]> commands = List.of(new String[] {"generate", "--count", "5000", "--as-of", "2026-11-20"},
                new String[] {"register", "--as-of", "2026-11-20", samples},
                new String[] {"hhs-log", "--year", "2026", "--as-of", "2026-11-20", samples});
        for (String[] command : commands) {
            Process p = run(command);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the tool finishes");
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), command[0] + ": " + err);
            assertEquals("breach-rules: cannot write to standard output", err.strip(), command[0]);
        }
    }
}
