package org.breachrules.drools.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.breachrules.api.Incident;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;

/**
 * A golden scenario: an incident, an evaluation date and the expected determination (only the fields given are
 * compared). The files ship in the engine jar under {@code org/breachrules/drools/scenarios/} with an index.
 */
public record GoldenScenario(String file, String name, LocalDate asOf, Incident incident, JsonNode expected) {

    public static final String FOLDER = "org/breachrules/drools/scenarios/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every scenario listed in the index, in index order. */
    public static List<GoldenScenario> all() {
        List<GoldenScenario> scenarios = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank()) {
                scenarios.add(load(line.trim()));
            }
        }
        return scenarios;
    }

    static GoldenScenario load(String file) {
        try {
            JsonNode root = MAPPER.readTree(read(file));
            LocalDate asOf = LocalDate.parse(root.get("asOf").asText());
            ReadResult result = new IncidentReader().read(MAPPER.writeValueAsString(root.get("incident")), asOf);
            if (!result.ok()) {
                throw new IllegalStateException(file + ": invalid incident " + result.violations());
            }
            return new GoldenScenario(file, root.get("name").asText(), asOf, result.incidents().get(0),
                    root.get("expected"));
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    private static String read(String file) {
        try (InputStream in = GoldenScenario.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("no scenario file " + FOLDER + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
