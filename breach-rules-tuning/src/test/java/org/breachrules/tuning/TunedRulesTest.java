package org.breachrules.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.BuiltInRules;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.RuleFiles;
import org.breachrules.json.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules tuned by editing DRL: overrides, additions, compile errors, and the classic engine's agreement. */
class TunedRulesTest {

    private static Notification notification(Determination d, Recipient recipient) {
        return d.notifications().stream().filter(n -> n.recipient() == recipient).findFirst().orElseThrow();
    }

    @Test
    void whenNothingIsChanged_thenTheBuilderGivesThePrecompiledBuiltInRules() {
        // Given an override identical to the built-in policy
        // When the determiner is built
        DroolsBreachDeterminer d = DroolsBreachDeterminer.builder()
                .rules("policy.drl", BuiltInRules.sources().get("policy.drl")).build();
        // Then it is the built-in rule set, by version
        assertEquals(DroolsBreachDeterminer.builtIn().rulesVersion(), d.rulesVersion());
        assertTrue(d.rulesVersion().startsWith("builtin:"));
    }

    @Test
    void whenTheBuiltInRulesCompileAtRunTime_thenEveryGoldenScenarioGetsThePrecompiledAnswer() {
        // Given the built-in rules plus a file declaring a type, which needs the whole set compiled by the run-time
        // (classic) compiler: a file of rules only would be compiled onto the precompiled built-in rules
        DroolsBreachDeterminer classic = DroolsBreachDeterminer.builder()
                .rules("local-additions.drl", "package org.breachrules.rules;\ndeclare LocalNote\n    text : String\nend\n")
                .build();
        // When every golden scenario is evaluated by both
        for (Scenario s : Scenarios.all()) {
            Determination precompiled = DroolsBreachDeterminer.builtIn().determine(s.incident(), s.asOf());
            Determination runtime = classic.determine(s.incident(), s.asOf());
            // Then they agree on everything but the version
            assertEquals(precompiled, new Determination(runtime.incidentId(), runtime.breach(), runtime.basis(),
                    runtime.clockStartedOn(), runtime.riskAssessment(), runtime.notifications(), runtime.findings(),
                    runtime.actions(), runtime.missingFacts(), runtime.retainDocumentationUntil(), runtime.evaluatedOn(),
                    precompiled.rulesVersion(), runtime.whatIf(), runtime.stateObligations(), runtime.stateLawsAsOf()),
                    s.file());
        }
        assertTrue(classic.rulesVersion().startsWith("tuned:"), classic.rulesVersion());
        assertNotEquals(DroolsBreachDeterminer.builtIn().rulesVersion(), classic.rulesVersion());
    }

    @Test
    void whenTollingIsSwitchedOn_thenDeadlinesMoveByTheDaysOfDelay() {
        // Given T12 (documented oral delay 2027-04-20, normal deadline 2027-04-30) and T13 (written 03-15 to 07-31)
        Scenario t12 = Scenarios.named("t12a");
        Scenario t13 = Scenarios.named("t13a");
        // When they are evaluated with tolling on
        Determination d12 = PolicyDrl.TOLLING.determine(t12.incident(), t12.asOf());
        Determination d13 = PolicyDrl.TOLLING.determine(t13.incident(), t13.asOf());
        // Then the 60 days stop while the delay runs (regulation.md §13: 2027-05-30 and 2027-09-15)
        assertEquals(LocalDate.of(2027, 5, 30), notification(d12, Recipient.INDIVIDUALS).deadline());
        assertEquals(LocalDate.of(2027, 5, 20), notification(d12, Recipient.INDIVIDUALS).delayedUntil());
        assertEquals(LocalDate.of(2027, 9, 15), notification(d13, Recipient.INDIVIDUALS).deadline());
        assertEquals(LocalDate.of(2027, 7, 31), notification(d13, Recipient.INDIVIDUALS).delayedUntil());
    }

    @Test
    void whenARuleFileIsBroken_thenTheBuildFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
        // Given a directory with a policy that calls a method that does not exist on line 3
        Files.writeString(dir.resolve("broken.drl"), String.join("\n",
                "package org.breachrules.rules;",
                "import org.breachrules.drools.facts.Case;",
                "rule \"Broken\" @citation(\"none\")",
                "when",
                "    $c : Case( noSuchProperty == true )",
                "then",
                "end",
                ""));
        // When the determiner is built
        InvalidRulesException e = assertThrows(InvalidRulesException.class,
                () -> DroolsBreachDeterminer.builder().rulesDirectory(dir).build());
        // Then the problem names the file and a line, and no determiner exists
        RuleProblem problem = e.problems().get(0);
        assertEquals("broken.drl", problem.file());
        assertTrue(problem.line() >= 3 && problem.line() <= 5, problem.toString());
        assertTrue(problem.message().contains("noSuchProperty"), problem.message());
    }

    @Test
    void whenASyntaxErrorIsMade_thenItsLineIsReported() {
        // Given a DRL with a syntax error on line 4
        String drl = "package org.breachrules.rules;\n\nrule \"Bad\"\nwhen Case( ) )\nthen\nend\n";
        // When it is compiled with the built-in rules
        InvalidRulesException e = assertThrows(InvalidRulesException.class,
                () -> DroolsBreachDeterminer.builder().rules("bad.drl", drl).build());
        // Then the error names the file and line 4
        assertEquals(List.of("bad.drl"), e.problems().stream().map(RuleProblem::file).distinct().toList());
        assertEquals(4, e.problems().get(0).line(), e.problems().toString());
    }

    @Test
    void whenTheDirectoryIsMissingOrEmpty_thenTheErrorSaysSo(@TempDir Path dir) {
        // Given an empty directory and a missing one
        // When determiners are built from them
        BreachRulesException empty = assertThrows(BreachRulesException.class,
                () -> DroolsBreachDeterminer.builder().rulesDirectory(dir).build());
        BreachRulesException missing = assertThrows(BreachRulesException.class,
                () -> DroolsBreachDeterminer.builder().rulesDirectory(dir.resolve("nope")).build());
        // Then each says what is wrong
        assertTrue(empty.getMessage().contains("no .drl file and no policy.properties"), empty.getMessage());
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void whenAPolicyValueIsDeleted_thenTheDeterminerIsNotBuiltAndTheErrorNamesIt() {
        // Given a copied policy.drl without its retention line (as an old copy lacks a value a release adds)
        DroolsBreachDeterminer.Builder tuned = DroolsBreachDeterminer.builder().rules("policy.drl",
                PolicyDrl.with(".retentionYears(6)", ""));
        // When the determiner is built
        BreachRulesException e = assertThrows(BreachRulesException.class, tuned::build);
        // Then it fails at once, naming the missing value, instead of at the first evaluation or assuming zero
        assertTrue(e.getMessage().contains("retentionYears"), e.getMessage());
    }

    @Test
    void whenTheBuiltInRulesAreExported_thenTheyCanBeLoadedBackUnchanged(@TempDir Path dir) {
        // Given the built-in rules exported to a directory
        List<Path> written = RuleFiles.exportBuiltIn(dir, false);
        // When a determiner is built from that directory
        DroolsBreachDeterminer d = DroolsBreachDeterminer.builder().rulesDirectory(dir).build();
        // Then every file was written and the rule set is the built-in one
        assertEquals(BuiltInRules.FILES.size(), written.size());
        assertEquals(DroolsBreachDeterminer.builtIn().rulesVersion(), d.rulesVersion());
        assertThrows(BreachRulesException.class, () -> RuleFiles.exportBuiltIn(dir, false));
    }

    @Test
    void whenTheBuiltInRulesAreCompiled_thenTheCompilerReportsNoErrorOrWarning() {
        // Given the built-in sources
        // When the classic compiler checks them
        List<RuleProblem> problems = RuntimeCompiler.warnings(BuiltInRules.sources());
        // Then it has nothing to say
        assertTrue(problems.isEmpty(), problems.toString());
    }
}
