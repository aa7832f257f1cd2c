package org.breachrules.tuning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Incident;
import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tuned rules folders written to get past the allow-list, one folder each under {@code src/test/resources/attacks}
 * (reflection with no forbidden word, a comment inside a qualified name, a quote hidden in a character literal, the
 * java.util classes with side effects, the same through eval, from, accumulate, function and the MVEL dialect, the
 * engine's runtime, halting the JVM, sleeping, parking, endless streams, waiting on a fact, Unicode escapes). Each
 * file's first line says what the refusal must name; every one is refused before anything of it runs. And the bounds
 * that hold for a folder trusted with any Java.
 */
class TrustedRulesAttacksTest {
    private static final Path ATTACKS = Path.of("src/test/resources/attacks");

    static Stream<Path> attacks() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(ATTACKS)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(folders.size() >= 24, "the attack folders: " + folders);
        return folders.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void whenATunedFolderAttacks_thenItIsRefusedNamingTheConstructAndItsLine(Path folder) throws IOException {
        String text = Files.readString(folder.resolve("attack.drl"));
        String expected = text.lines().findFirst().orElseThrow().replace("// refused:", "").strip();
        List<RuleProblem> problems = assertThrows(InvalidRulesException.class,
                () -> DroolsBreachDeterminer.builder().rulesDirectory(folder).build()).problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().contains(expected) && p.line() > 1
                && p.file().equals("attack.drl")), "expected \"" + expected + "\" with a line in " + problems);
        assertFalse(problems.stream().anyMatch(p -> p.message().contains("\n")), problems.toString());
    }

    private static Incident incident() {
        return Incident.builder().id("T-1").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(Affected.total(3)).build();
    }

    /** A rule looping on the Policy fact fires before any incident is given: the build stops it, it never hangs. */
    @Test
    void whenATunedRuleLoopsOnThePolicyFact_thenBuildingStopsWithAClearError() {
        String drl = "package org.breachrules.rules;\nimport org.breachrules.drools.facts.Policy;\n"
                + "declare Tick\n    n : int\nend\n"
                + "rule \"Tick\"\nwhen\n    Policy()\n    not Tick()\nthen\n    insert(new Tick(0));\nend\n"
                + "rule \"Tick again\"\nwhen\n    $t : Tick( n >= 0 )\nthen\n    modify($t) { setN($t.getN() + 1) };\nend\n";
        BreachRulesException e = assertThrows(BreachRulesException.class,
                () -> DroolsBreachDeterminer.builder().rules("tick.drl", drl).build());
        assertTrue(e.getMessage().contains("before any incident was given, without settling"), e.getMessage());
    }

    /** A folder trusted with any Java may recurse without end: one line says so, no stack trace of 1,000 lines. */
    @Test
    void whenATrustedRuleRecursesWithoutEnd_thenTheEvaluationFailsInOneLine() {
        String drl = "package org.breachrules.rules;\nimport org.breachrules.drools.facts.Case;\n"
                + "function int deeper(int n) { return deeper(n + 1) + 1; }\n"
                + "rule \"Recurse\"\nwhen\n    Case()\nthen\n    deeper(0);\nend\n";
        DroolsBreachDeterminer trusted = DroolsBreachDeterminer.builder().rules("deep.drl", drl).allowAnyJava()
                .build();
        BreachRulesException e = assertThrows(BreachRulesException.class,
                () -> trusted.determine(incident(), LocalDate.of(2027, 3, 2)));
        assertTrue(e.getMessage().startsWith("the rules ran out of stack"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    /** A rule set that fires slowly many times is stopped by the time limit (here lowered to 200 ms), in one line. */
    @Test
    void whenTrustedRulesRunPastTheTimeLimit_thenTheEvaluationStopsInOneLine() {
        String drl = "package org.breachrules.rules;\nimport org.breachrules.drools.facts.Case;\n"
                + "declare Slow\n    n : int\nend\n"
                + "rule \"Start\"\nwhen\n    Case()\n    not Slow()\nthen\n    insert(new Slow(0));\nend\n"
                + "rule \"Again, slowly\"\nwhen\n    $s : Slow( n < 5000 )\nthen\n"
                + "    try { Thread.sleep(5); } catch (InterruptedException e) { }\n"
                + "    modify($s) { setN($s.getN() + 1) };\nend\n";
        DroolsBreachDeterminer slow = DroolsBreachDeterminer.builder().rules("slow.drl", drl).allowAnyJava().build();
        System.setProperty("breachrules.maxMillisPerIncident", "200");
        try {
            long start = System.nanoTime();
            BreachRulesException e = assertThrows(BreachRulesException.class,
                    () -> slow.determine(incident(), LocalDate.of(2027, 3, 2)));
            assertTrue(e.getMessage().startsWith("the rules ran for more than 200 ms for 1 incident(s) and were"
                    + " stopped"), e.getMessage());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "stopped near the limit, not after 25 s");
        } finally {
            System.clearProperty("breachrules.maxMillisPerIncident");
            slow.close();
        }
    }
}
