package org.breachrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.breachrules.api.BreachRulesException;

/**
 * Reads golden scenario files ({@code name}, {@code source}, {@code asOf}, {@code incident}, {@code expected}). The
 * library's own scenarios ship in breach-rules-verify, not in a runtime jar.
 */
public final class ScenarioReader {

    private ScenarioReader() {
    }

    /**
     * Every scenario of a class-path folder, in the order its {@code index.txt} lists them (one file name a line).
     *
     * @param loader the class loader whose class path holds the folder
     * @param folder the folder's resource path, ending in {@code /} (e.g. {@code org/breachrules/verify/scenarios/})
     * @return an unmodifiable list
     * @throws BreachRulesException naming the file when one is missing or not a valid scenario
     */
    public static List<Scenario> readIndexed(ClassLoader loader, String folder) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String line : resource(loader, folder, "index.txt").split("\n")) {
            String file = line.strip();
            if (!file.isEmpty()) {
                scenarios.add(read(file, resource(loader, folder, file)));
            }
        }
        return List.copyOf(scenarios);
    }

    private static String resource(ClassLoader loader, String folder, String file) {
        try (InputStream in = loader.getResourceAsStream(folder + file)) {
            if (in == null) {
                throw new BreachRulesException("golden scenario " + folder + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BreachRulesException("cannot read golden scenario " + folder + file + ": " + e.getMessage(), e);
        }
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
}
