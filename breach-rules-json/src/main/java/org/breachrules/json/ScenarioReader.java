package org.breachrules.json;

import java.io.IOException;
import java.time.LocalDate;

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
