package org.breachrules.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.breachrules.api.BreachRulesException;
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
        static final List<Scenario> ALL = read();
    }

    private static List<Scenario> read() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String line : resource("index.txt").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty()) {
                scenarios.add(ScenarioReader.read(file, resource(file)));
            }
        }
        return List.copyOf(scenarios);
    }

    private static String resource(String file) {
        try (InputStream in = GoldenScenarios.class.getResourceAsStream("scenarios/" + file)) {
            if (in == null) {
                throw new BreachRulesException("golden scenario " + file + " is missing from breach-rules-verify");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
