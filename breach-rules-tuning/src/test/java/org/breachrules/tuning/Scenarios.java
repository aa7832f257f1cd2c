package org.breachrules.tuning;

import java.util.List;

import org.breachrules.json.Scenario;
import org.breachrules.json.ScenarioReader;

/**
 * The library's golden scenarios, read once: tuned rules are checked against the built-in rules' answers. Their home
 * is breach-rules-verify, whose tests depend on this module; the pom adds that module's resources to these tests'
 * class path instead (as the engine's tests do).
 */
public final class Scenarios {
    private static final String FOLDER = "org/breachrules/verify/scenarios/";
    private static final List<Scenario> ALL = ScenarioReader.readIndexed(Scenarios.class.getClassLoader(), FOLDER);

    private Scenarios() {
    }

    /** Every scenario of the index, in index order. */
    public static List<Scenario> all() {
        return ALL;
    }

    /** The first scenario whose file name starts with {@code prefix}. */
    static Scenario named(String prefix) {
        return ALL.stream().filter(s -> s.file().startsWith(prefix)).findFirst().orElseThrow();
    }
}
