package org.breachrules.tuning;

import java.util.List;

import org.breachrules.json.Scenario;
import org.breachrules.json.ScenarioReader;

/** The library's golden scenarios, read once: tuned rules are checked against the built-in rules' answers. */
final class Scenarios {
    private static final List<Scenario> ALL = ScenarioReader.builtIn();

    private Scenarios() {
    }

    static List<Scenario> all() {
        return ALL;
    }

    /** The first scenario whose file name starts with {@code prefix}. */
    static Scenario named(String prefix) {
        return ALL.stream().filter(s -> s.file().startsWith(prefix)).findFirst().orElseThrow();
    }
}
