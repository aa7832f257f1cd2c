package org.breachrules.drools.golden;

import java.util.List;

import org.breachrules.json.Scenario;
import org.breachrules.json.ScenarioReader;

/**
 * The library's golden scenarios, read once and shared by the engine's tests. Their home is breach-rules-verify, which
 * depends on this module; the pom adds that module's resources to these tests' class path instead.
 */
public final class GoldenScenario {
    private static final String FOLDER = "org/breachrules/verify/scenarios/";
    private static final List<Scenario> ALL = ScenarioReader.readIndexed(GoldenScenario.class.getClassLoader(),
            FOLDER);

    private GoldenScenario() {
    }

    /** Every scenario listed in the index, in index order. */
    public static List<Scenario> all() {
        return ALL;
    }
}
