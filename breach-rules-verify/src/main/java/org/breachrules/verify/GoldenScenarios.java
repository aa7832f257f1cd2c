package org.breachrules.verify;

import java.util.List;

import org.breachrules.json.Scenario;
import org.breachrules.json.ScenarioReader;

/**
 * The library's golden scenarios: an incident, its evaluation date and the expected determination, in the files
 * listed by {@code scenarios/index.txt} beside this class. They are test data, so they ship here and not in a runtime
 * jar. Read once; thread-safe.
 */
public final class GoldenScenarios {

    private GoldenScenarios() {
    }

    /** Every scenario listed in the index, in index order (an unmodifiable list). */
    public static List<Scenario> all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final List<Scenario> ALL = ScenarioReader.readIndexed(GoldenScenarios.class.getClassLoader(),
                "org/breachrules/verify/scenarios/");
    }
}
