package org.breachrules.cli.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.IncidentWriter;
import org.breachrules.json.Schemas;
import org.breachrules.verify.generate.IncidentGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas (docs/schema, shipped in breach-rules-json) cannot drift from the binding: every sample incident and
 * every golden determination passes them, structurally malformed inputs fail them, and seeded random incidents and
 * their determinations pass them.
 */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema INCIDENT = load(Schemas.INCIDENT);
    private static final Schema DETERMINATION = load(Schemas.DETERMINATION);

    private static Schema load(String resource) {
        try (InputStream in = Schemas.open(resource)) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Validates with format assertion on: a date must be a real calendar date, as the schema's "format" says. */
    private static List<Error> errors(Schema schema, String json) throws IOException {
        return schema.validate(JSON.readTree(json),
                (com.networknt.schema.ExecutionContext ctx) -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static Path samples() {
        return Path.of(System.getProperty("samples.dir", "samples"));
    }

    private static Path golden() {
        return Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
    }

    @Test
    void whenEverySampleIncidentIsChecked_thenItPasses() throws IOException {
        List<Path> samples = files(samples(), ".json");
        assertTrue(samples.size() >= 18);
        for (Path sample : samples) {
            assertEquals(List.of(), errors(INCIDENT, Files.readString(sample)), sample.toString());
        }
    }

    @Test
    void whenEveryGoldenDeterminationIsChecked_thenItPasses() throws IOException {
        List<Path> goldens = new java.util.ArrayList<>(files(golden(), ".json"));
        goldens.addAll(files(golden().resolve("what-if"), ".json"));
        assertTrue(goldens.size() >= 21);
        for (Path file : goldens) {
            assertEquals(List.of(), errors(DETERMINATION, Files.readString(file)), file.toString());
        }
    }

    /** The malformed corpus's structural cases; the others (counts above the total, dates out of order) are the reader's. */
    @ParameterizedTest
    @ValueSource(strings = {"03-json-string-not-object", "04-wrong-types", "05-unknown-field", "06-impossible-date",
        "08-unknown-enum", "09-unknown-jurisdiction", "13-array-with-one-bad-element", "15-negative-count",
        "16-missing-required-fields", "17-array-with-null-and-number", "20-unknown-phi-type-in-list",
        "21-fractional-count", "22-empty-array-element-object"})
    void whenAStructurallyMalformedIncidentIsChecked_thenItFails(String name) throws IOException {
        Path file = Path.of("src/test/resources/malformed", name + ".json");
        assertFalse(errors(INCIDENT, Files.readString(file)).isEmpty(), name + " should fail the schema");
    }

    @Test
    void whenSeededRandomIncidentsAndTheirDeterminationsAreChecked_thenTheyPass() throws IOException {
        long seed = 20261130L;
        System.out.println("JsonSchemaTest seed " + seed);
        LocalDate asOf = LocalDate.of(2026, 11, 20);
        List<Incident> incidents = new IncidentGenerator(seed, asOf).withFormat11Facts().next(300);
        List<Determination> determinations = DroolsBreachDeterminer.builtIn().determineAll(incidents, asOf);
        for (int i = 0; i < incidents.size(); i++) {
            String incident = IncidentWriter.compact().write(incidents.get(i));
            assertEquals(List.of(), errors(INCIDENT, incident), "seed " + seed + ", incident " + i + ": " + incident);
            assertEquals(List.of(), errors(DETERMINATION, DeterminationWriter.compact().write(determinations.get(i))),
                    "seed " + seed + ", determination " + i);
        }
    }

    @Test
    void whenTheSchemaIsReadFromTheJar_thenItIsTheDraft202012Document() throws IOException {
        JsonNode schema;
        try (InputStream in = Schemas.open(Schemas.INCIDENT)) {
            schema = JSON.readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
    }
}
