package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.breachrules.drools.facts.Case;
import org.breachrules.drools.golden.GoldenScenario;
import org.breachrules.json.Scenario;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Build-time guards over the rule set itself: every rule cited, reached, and every file where it belongs. */
class RuleCatalogTest {

    private static Collection<Rule> rules() {
        return Engine.builtIn().kieBase().getKiePackage("org.breachrules.rules").getRules();
    }

    @Test
    void whenTheRulesAreLoaded_thenEveryRuleCarriesACitation() {
        // Given the built-in rules
        // When their metadata is read
        List<String> uncited = rules().stream()
                .filter(r -> !(r.getMetaData().get("citation") instanceof String s) || s.isBlank())
                .map(Rule::getName).toList();
        // Then none lacks a citation
        assertTrue(uncited.isEmpty(), "rules without @citation: " + uncited);
        assertTrue(rules().size() >= 60, "expected the full rule set, got " + rules().size());
    }

    @Test
    void whenEveryGoldenScenarioIsEvaluated_thenEveryRuleFiresInAtLeastOne() {
        // Given a listener that records every rule that fires
        Set<String> fired = ConcurrentHashMap.newKeySet();
        DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        // When every golden scenario is evaluated, with the default policy and with each switch flipped
        for (Scenario s : GoldenScenario.all()) {
            Engine.builtIn().evaluate(List.of(new Case(s.incident(), s.asOf())), listener);
            TunedRules.TOLLING.evaluate(List.of(new Case(s.incident(), s.asOf())), listener);
            TunedRules.RANSOMWARE_ALWAYS_ACQUIRES.evaluate(List.of(new Case(s.incident(), s.asOf())), listener);
        }
        // Then no rule is left unexercised
        Set<String> unreached = rules().stream().map(Rule::getName)
                .filter(name -> !fired.contains(name)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unreached.isEmpty(), "rules no golden scenario reaches: " + unreached);
    }

    @Test
    void whenTheRuleFolderIsListed_thenItHoldsExactlyTheBuiltInFiles() throws IOException, URISyntaxException {
        // Given the folder the DRL files are packaged from
        URL policy = getClass().getClassLoader().getResource(BuiltInRules.RESOURCE_FOLDER + "policy.drl");
        // When it is listed
        Set<String> present;
        try (Stream<Path> files = Files.list(Path.of(policy.toURI()).getParent())) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        // Then it matches the declared list, with no file forgotten or stale
        assertEquals(new TreeSet<>(BuiltInRules.FILES), present);
    }

    @Test
    void whenEachDrlFileIsRead_thenItsPackageMatchesItsFolderAndItHasAHeader() {
        // Given every built-in source
        for (Map.Entry<String, String> e : BuiltInRules.sources().entrySet()) {
            // When its text is read
            String text = e.getValue();
            // Then it opens with a header comment and declares the folder's package
            assertTrue(text.startsWith("/*"), e.getKey() + " must open with a header comment");
            assertTrue(text.contains("Citation:") && text.contains("Safe to edit:"), e.getKey() + " header");
            assertTrue(text.contains("\npackage org.breachrules.rules;"), e.getKey() + " package");
            assertFalse(text.contains("salience"), e.getKey() + ": order comes from derived facts, not salience");
            assertFalse(text.contains("System.out"), e.getKey() + ": consequences only insert or modify facts");
        }
    }

    @Test
    void whenTheRulesVersionIsRead_thenItIsADigestOfTheBuiltInSources() {
        // Given the built-in determiner
        // When its version is read
        String version = Engine.builtIn().rulesVersion();
        // Then it names the built-in set and is stable for the same sources
        assertTrue(version.matches("builtin:sha256:[0-9a-f]{16}"), version);
        assertEquals(version, RulesDigest.of("builtin", BuiltInRules.sources()));
    }
}
