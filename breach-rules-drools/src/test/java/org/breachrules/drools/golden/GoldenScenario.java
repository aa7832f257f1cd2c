package org.breachrules.drools.golden;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.breachrules.api.Incident;
import org.breachrules.json.Scenario;
import org.breachrules.json.ScenarioReader;

/** The library's golden scenarios, as the engine's tests use them (read by breach-rules-json). */
public record GoldenScenario(String file, String name, LocalDate asOf, Incident incident, JsonNode expected) {

    private static final List<GoldenScenario> ALL = ScenarioReader.builtIn().stream()
            .map(GoldenScenario::of).toList();

    /** Every scenario listed in the index, in index order. */
    public static List<GoldenScenario> all() {
        return ALL;
    }

    private static GoldenScenario of(Scenario s) {
        return new GoldenScenario(s.file(), s.name(), s.asOf(), s.incident(), s.expected());
    }

    @Override
    public String toString() {
        return file;
    }
}
