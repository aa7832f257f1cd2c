package org.breachrules.drools.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.breachrules.api.Determination;
import org.breachrules.drools.Engine;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario, including the worked scenarios of regulation.md §13, through the built-in rules. */
class GoldenScenariosTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DeterminationWriter WRITER = DeterminationWriter.compact();

    static List<Scenario> scenarios() {
        return GoldenScenario.all();
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
}
