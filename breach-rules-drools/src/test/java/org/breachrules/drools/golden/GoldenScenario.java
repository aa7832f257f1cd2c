package org.breachrules.drools.golden;

import java.util.List;

import org.breachrules.json.Scenario;
import org.breachrules.json.ScenarioReader;

/** The library's golden scenarios, read once (by breach-rules-json) and shared by the engine's tests. */
public final class GoldenScenario {
    private static final List<Scenario> ALL = ScenarioReader.builtIn();

    private GoldenScenario() {
    }

    /** Every scenario listed in the index, in index order. */
    public static List<Scenario> all() {
        return ALL;
    }
}
