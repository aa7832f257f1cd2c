package org.breachrules.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Incident;
import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.BuiltInRules;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;

/** A rules folder is trusted code: by default tuned DRL stays within an allow-list, and every evaluation is bounded. */
class TrustedRulesTest {
    private static final String HEADER = "package org.breachrules.rules;\nimport org.breachrules.drools.facts.Case;\n";

    private static List<RuleProblem> refused(String drl) {
        return assertThrows(InvalidRulesException.class,
                () -> DroolsBreachDeterminer.builder().rules("mine.drl", drl).build()).problems();
    }

    @Test
    void whenEveryBuiltInFileAndTheTunedExampleAreChecked_thenNoneIsRefused() throws Exception {
        assertEquals(List.of(), TrustedRules.check(BuiltInRules.sources()));
        Path example = Path.of("../breach-rules-examples/tuned-policy/always-notify-ssn.drl");
        assertEquals(List.of(), TrustedRules.check(Map.of("always-notify-ssn.drl", Files.readString(example))));
    }

    @Test
    void whenATunedRuleEndsTheProcess_thenItIsRefusedWithItsLine() {
        List<RuleProblem> p = refused(HEADER + "rule \"Stop\"\nwhen\n    Case()\nthen\n    System.exit(0);\nend\n");
        assertEquals(7, p.get(0).line());
        assertTrue(p.get(0).message().startsWith("uses System, which is not a type tuned rules may use"), p.toString());
        assertTrue(p.get(1).message().startsWith("uses .exit, which reaches outside the evaluation"), p.toString());
    }

    @Test
    void whenATunedFileImportsFileAccessOrLoops_thenEachIsRefusedWithItsLine() {
        List<RuleProblem> p = refused(HEADER + "import java.io.File;\n"
                + "rule \"Copy out\"\nwhen\n    $c : Case()\nthen\n    java.nio.file.Files.writeString(null, \"\");\n"
                + "    while (true) { }\nend\n");
        assertEquals(List.of(3, 8, 9), p.stream().map(RuleProblem::line).toList(), p.toString());
        assertTrue(p.get(0).message().startsWith("imports java.io.File"), p.get(0).message());
        assertTrue(p.get(1).message().startsWith("uses java.nio.file.Files, outside what tuned rules may use"), p.get(1).message());
        assertTrue(p.get(2).message().startsWith("has a loop (\"while\")"), p.get(2).message());
    }

    @Test
    void whenWordsAppearOnlyInCommentsStringsAndRuleNames_thenTheyAreNotRefused() {
        DroolsBreachDeterminer d = DroolsBreachDeterminer.builder().rules("mine.drl", HEADER
                + "// while for System.exit in a comment\n"
                + "rule \"Notify for the System while we do the rest\"\nwhen\n    Case()\nthen\n"
                + "    String s = \"System.exit(0) while for\";\nend\n").build();
        assertEquals("mine.drl", d.ruleFile("Notify for the System while we do the rest"), "built, with the rule");
    }

    @Test
    void whenTheHostTrustsTheFolderWithAnyJava_thenTheAllowListIsLifted() {
        DroolsBreachDeterminer d = DroolsBreachDeterminer.builder().rules("mine.drl", HEADER + "import java.io.File;\n"
                + "rule \"Any Java\"\nwhen\n    Case()\nthen\n    new File(\"x\").getName();\nend\n").allowAnyJava().build();
        assertEquals("mine.drl", d.ruleFile("Any Java"), "built, with the rule");
        assertTrue(d.rulesVersion().startsWith("tuned:"), d.rulesVersion());
    }

    @Test
    void whenATunedRuleNeverSettles_thenTheEvaluationFailsInsteadOfHanging() {
        DroolsBreachDeterminer looping = DroolsBreachDeterminer.builder().rules("loop.drl", HEADER
                + "declare Counter\n    value : int\nend\n"
                + "rule \"Start counting\"\nwhen\n    Case()\nthen\n    insert(new Counter(0));\nend\n"
                + "rule \"Count again\"\nwhen\n    $k : Counter( value >= 0 )\nthen\n    modify($k) { setValue($k.getValue() + 1) };\nend\n")
                .build();
        Incident incident = Incident.builder().id("LOOP-1").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(Affected.total(3)).build();
        BreachRulesException e = assertThrows(BreachRulesException.class,
                () -> looping.determine(incident, LocalDate.of(2027, 3, 2)));
        assertTrue(e.getMessage().contains("without settling: a rule loops"), e.getMessage());
    }
}
