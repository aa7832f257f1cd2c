package org.breachrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.breachrules.api.BreachRulesException;

/**
 * Reads golden scenario files ({@code name}, {@code source}, {@code asOf}, {@code incident}, {@code expected}). The
 * library's own scenarios ship in the engine jar under {@link #BUILT_IN_FOLDER}, listed in its {@code index.txt}.
 */
public final class ScenarioReader {
    /** Class-path folder of the library's golden scenarios. */
    public static final String BUILT_IN_FOLDER = "org/breachrules/drools/scenarios/";

    private ScenarioReader() {
    }

    /** The library's golden scenarios, in index order. */
    public static List<Scenario> builtIn() {
        ClassLoader loader = ScenarioReader.class.getClassLoader();
        List<Scenario> scenarios = new ArrayList<>();
        for (String line : resource(loader, "index.txt").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty()) {
                scenarios.add(read(file, resource(loader, file)));
            }
        }
        return scenarios;
    }

    /**
     * One scenario from its JSON text.
     *
     * @throws BreachRulesException naming the file and every problem when it is not a valid scenario
     */
    public static Scenario read(String file, String json) {
        try {
            JsonNode root = Json.MAPPER.readTree(json);
            LocalDate asOf = LocalDate.parse(root.path("asOf").asText(), Json.DATE);
            ReadResult incident = new IncidentReader().read(Json.MAPPER.writeValueAsString(root.get("incident")), asOf);
            if (!incident.ok() || incident.array()) {
                throw new BreachRulesException(file + ": invalid scenario incident " + incident.violations());
            }
            return new Scenario(file, root.path("name").asText(), root.path("source").asText(), asOf,
                    incident.incidents().get(0), root.path("expected"));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BreachRulesException b) {
                throw b;
            }
            throw new BreachRulesException(file + ": not a valid scenario file: " + e.getMessage(), e);
        }
    }

    private static String resource(ClassLoader loader, String file) {
        try (InputStream in = loader.getResourceAsStream(BUILT_IN_FOLDER + file)) {
            if (in == null) {
                throw new BreachRulesException("scenario " + BUILT_IN_FOLDER + file
                        + " is not on the class path (is breach-rules-drools there?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
