package org.breachrules.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.breachrules.api.InvalidRulesException;
import org.breachrules.drools.BuiltInRules;
import org.breachrules.drools.spi.RuleCompiler;
import org.junit.jupiter.api.Test;

/** The module registers its compiler as the engine's service, and the service does what the engine asks of it. */
class DrlRuleCompilerTest {

    @Test
    void whenTheEngineLooksForACompiler_thenItFindsThisModulesOneOnly() {
        // When the engine's service is looked up as the engine does
        List<RuleCompiler> found = ServiceLoader.load(RuleCompiler.class).stream().map(ServiceLoader.Provider::get)
                .toList();
        // Then it is this module's, once (META-INF/services names it)
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0) instanceof DrlRuleCompiler, found.toString());
    }

    @Test
    void whenTheServiceCompilesAndChecks_thenTheBuiltInRulesPassAndABadFileIsNamed() {
        RuleCompiler compiler = new DrlRuleCompiler();
        // The built-in rules compile and need nothing outside the allow-list
        assertTrue(compiler.compile(BuiltInRules.sources()).getKiePackage("org.breachrules.rules").getRules().size()
                > 50);
        assertEquals(List.of(), compiler.untrusted(BuiltInRules.sources()));
        // A file that does not compile is named with its line, and no rule base is made
        InvalidRulesException e = assertThrows(InvalidRulesException.class,
                () -> compiler.compile(Map.of("bad.drl", "package org.breachrules.rules;\nrule \"Bad\"\nwhen\n")));
        assertEquals("bad.drl", e.problems().get(0).file());
    }
}
