package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CI gate on {@code verify} can be trusted: a tuned rule that ends the process is refused by default, and even
 * when the folder is trusted with any Java, ending the process half-way exits 1, never 0. Runs the tool as its own
 * process (the rule really calls {@code System.exit(0)}).
 */
class VerifyGuardTest {
    private static final String STOP = """
            package org.breachrules.rules;
            import org.breachrules.drools.facts.Case;
            rule "Stop"
            when
                Case()
            then
                System.exit(0);
            end
            """;

    private static Process run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.breachrules.cli.BreachRulesCli"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void whenARuleStopsTheJvm_thenVerifyRefusesItOrExits1ButNever0(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("stop.drl"), STOP);

        Process refused = run("verify", "--rules", dir.toString(), "--generated", "5");
        assertTrue(refused.waitFor(120, TimeUnit.SECONDS));
        String refusedErr = new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, refused.exitValue(), refusedErr);
        assertTrue(refusedErr.contains("stop.drl: line 7: uses System"), refusedErr);

        Process trusted = run("verify", "--rules", dir.toString(), "--generated", "5", "--allow-any-java");
        assertTrue(trusted.waitFor(120, TimeUnit.SECONDS));
        String trustedErr = new String(trusted.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, trusted.exitValue(), trustedErr);
        assertTrue(trustedErr.contains("the process ended before the verification finished"), trustedErr);
    }
}
