package org.breachrules.tuning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    private static final List<Scenario> ALL = read();

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
        try (InputStream in = Scenarios.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
