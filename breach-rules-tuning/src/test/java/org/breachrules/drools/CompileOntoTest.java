package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.breachrules.api.Determination;
import org.breachrules.drools.facts.OrganisationPolicy;
import org.breachrules.json.Scenario;
import org.breachrules.tuning.DrlRuleCompiler;
import org.breachrules.tuning.Scenarios;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A tuned folder's changed files compiled onto the precompiled built-in rules ({@code compileOnto}, what a build
 * does first) decide every golden scenario exactly as the whole set compiled by the classic engine, for an added
 * file, a replaced built-in file (its old rules gone) and a file using a global another file declares; and the files
 * that need the whole compile get it. In the engine's package (determiners of a given rule base are not public API),
 * in this module because it compiles DRL.
 */
class CompileOntoTest {
    private static final DrlRuleCompiler COMPILER = new DrlRuleCompiler();
    private static final Path EXAMPLE = Path.of("../breach-rules-examples/tuned-policy");

    /** notification-media.drl without its last rule, and one rule of its own in its place. */
    private static String mediaFileReplaced() {
        String media = BuiltInRules.sources().get("notification-media.drl");
        return media.substring(0, media.lastIndexOf("\nrule \"")) + """

                rule "Media: 400 or more residents of a state or territory (replaced file)"
                    @citation("45 CFR 164.406; organisation policy")
                when
                    Outcome( $c : forCase, breach == true, forCase.reporterRole == Role.COVERED_ENTITY )
                    ClockStart( forCase == $c, $start : date )
                    $r : Residents( count >= 400 ) from $c.getResidents()
                then
                    insertLogical(new Obligation($c, drools.getRule(), "a test of a replaced file",
                        Recipient.MEDIA, $r.getJurisdiction(), $start.plusDays(30), ContentCode.CONTACT_PROCEDURES));
                end
                """;
    }

    /** An added file whose rule reads the stateLaw global that state-law.drl declares. */
    private static final String USES_GLOBAL = """
            package org.breachrules.rules;

            import org.breachrules.drools.facts.Case;
            import org.breachrules.drools.facts.Note;

            rule "Note when the state-law data knows no state of the case"
                @citation("test")
            when
                $c : Case( stateLawConsulted == true )
                eval( stateLaw != null )
            then
                insertLogical(new Note($c, drools.getRule(), "state-law data present"));
            end
            """;

    private static Map<String, String> folder(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (var list = Files.list(dir)) {
            for (Path p : list.filter(p -> p.toString().endsWith(".drl")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    /** The built-in files with the changed ones in place or after them, as the builder orders them. */
    private static Map<String, String> all(Map<String, String> changed) {
        Map<String, String> all = new LinkedHashMap<>(BuiltInRules.sources());
        all.putAll(new TreeMap<>(changed));
        return all;
    }

    private static DroolsBreachDeterminer determiner(KieBase kieBase, Map<String, String> all) {
        return DroolsBreachDeterminer.tuned(kieBase, all, "tuned:test", OrganisationPolicy.NONE,
                DroolsBreachDeterminer.builtInStateLaw(), Map.of());
    }

    private static int rules(KieBase kieBase) {
        int n = 0;
        for (KiePackage p : kieBase.getKiePackages()) {
            n += p.getRules().size();
        }
        return n;
    }

    /** Both ways of compiling, rules numbered in reading order, agree on every golden scenario; returns how many answers differ from the built-in. */
    private static int assertSameAnswers(Map<String, String> changed) {
        Map<String, String> all = all(changed);
        KieBase onto = COMPILER.compileOnto(PrecompiledModel::load, BuiltInRules.sources(), changed);
        assertNotNull(onto, "compiled onto the built-in rules");
        KieBase whole = COMPILER.compile(all);
        RuleOrder.numberRules(all, onto); // as the engine does after either compile
        RuleOrder.numberRules(all, whole);
        assertEquals(rules(whole), rules(onto), "the same number of rules");
        int changedAnswers = 0;
        try (DroolsBreachDeterminer a = determiner(onto, all); DroolsBreachDeterminer b = determiner(whole, all)) {
            for (Scenario s : Scenarios.all()) {
                Determination d = a.determine(s.incident(), s.asOf());
                assertEquals(b.determine(s.incident(), s.asOf()), d, s.file());
                Determination builtIn = DroolsBreachDeterminer.builtIn().determine(s.incident(), s.asOf());
                if (!builtIn.notifications().equals(d.notifications()) || !builtIn.findings().equals(d.findings())) {
                    changedAnswers++;
                }
            }
        }
        return changedAnswers;
    }

    @Test
    void whenTheExampleFolderIsCompiledOntoTheBuiltInRules_thenEveryGoldenScenarioGetsTheWholeCompilesAnswer()
            throws IOException {
        assertTrue(assertSameAnswers(folder(EXAMPLE)) > 0, "the example's rule changes some answers");
    }

    @Test
    void whenABuiltInFileIsReplaced_thenItsOldRulesAreGoneAndEveryAnswerIsTheWholeCompiles() {
        assertTrue(assertSameAnswers(Map.of("notification-media.drl", mediaFileReplaced())) > 0,
                "the replaced file changes some answers");
    }

    @Test
    void whenAnAddedRuleUsesAGlobalOfTheBuiltInRules_thenEveryAnswerIsTheWholeCompiles() {
        assertTrue(assertSameAnswers(Map.of("state-note.drl", USES_GLOBAL)) > 0, "the note is a finding");
    }

    @Test
    void whenAFileNeedsTheWholeCompile_thenNothingIsCompiledOntoTheBuiltInRules() {
        Map<String, String> builtIn = BuiltInRules.sources();
        String header = "package org.breachrules.rules;\nimport org.breachrules.drools.facts.Case;\n";
        String someBuiltInRule = "Every incident: contain, preserve evidence, record the discovery";
        assertTrue(builtIn.values().stream().anyMatch(t -> t.contains("rule \"" + someBuiltInRule + "\"")));
        for (String drl : new String[] {
                header + "declare LocalNote\n    text : String\nend\n",
                header + "function int one() { return 1; }\n",
                header + "global java.util.List seen;\n",
                header + "query \"cases\"\n    Case()\nend\n",
                header + "rule \"" + someBuiltInRule + "\"\nwhen\n    Case()\nthen\nend\n",
                header + "rule \"A\"\nwhen\n    Case()\nthen\nend\nrule \"A\"\nwhen\n    Case()\nthen\nend\n",
                header + "rule \"Broken\"\nwhen\n    Case( noSuchField == 1 )\nthen\nend\n",
                header + "rule \"Unparsable\"\nwhen\n    Case(\nthen\nend\n",
                "package org.example.elsewhere;\nimport org.breachrules.drools.facts.Case;\n"
                        + "rule \"B\"\nwhen\n    Case()\nthen\nend\n"}) {
            assertNull(COMPILER.compileOnto(PrecompiledModel::load, builtIn, Map.of("local.drl", drl)), drl);
        }
    }
}
