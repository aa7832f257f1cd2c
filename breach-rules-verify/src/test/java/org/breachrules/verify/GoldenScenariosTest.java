package org.breachrules.verify;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.breachrules.api.Determination;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario, including the worked scenarios of regulation.md §13, through the built-in rules. */
class GoldenScenariosTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DeterminationWriter WRITER = DeterminationWriter.compact();

    static List<Scenario> scenarios() {
        return GoldenScenarios.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void determinationMatchesTheExpectedOne(Scenario scenario) throws Exception {
        // Given a scenario
        // When it is determined
        Determination determination = Engine.builtIn().determine(scenario.incident(), scenario.asOf());
        // Then every expected field matches
        JsonNode actual = MAPPER.readTree(WRITER.write(determination));
        List<String> differences = SubsetMatcher.differences(scenario.expected(), actual);
        assertTrue(differences.isEmpty(), () -> scenario.name() + "\n  " + String.join("\n  ", differences)
                + "\n  findings: " + determination.findings());
    }

    @Test
    void theScenariosShipHereAndNotInTheEngineJar() {
        // Given the class path the engine was loaded from
        ClassLoader engine = DroolsBreachDeterminer.class.getClassLoader();
        // Then the scenarios are beside GoldenScenarios, and not where the engine jar used to carry them
        assertTrue(GoldenScenarios.all().size() > 100, "scenarios: " + GoldenScenarios.all().size());
        assertNull(engine.getResource("org/breachrules/drools/scenarios/index.txt"));
    }
}
