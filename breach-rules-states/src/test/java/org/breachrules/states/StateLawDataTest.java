package org.breachrules.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.breachrules.api.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped data cannot drift from its schema or from the loader's rules: every file passes the schema with format
 * assertion on, loads, and keeps the invariants the engine relies on.
 */
class StateLawDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "org/breachrules/states/";
    private static final Schema SCHEMA = schema();

    private static Schema schema() {
        try (InputStream in = resource(BASE + "state-law.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        return StateLawDataTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Error> errors(String json) throws IOException {
        return SCHEMA.validate(JSON.readTree(json),
                (com.networknt.schema.ExecutionContext ctx) -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    static List<String> indexedFiles() throws IOException {
        return text(BASE + "index.txt").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("indexedFiles")
    void whenADataFileIsCheckedAgainstTheSchema_thenItPasses(String file) throws IOException {
        assertEquals(List.of(), errors(text(BASE + file)), file);
    }

    @Test
    void whenTheIndexIsRead_thenItListsEveryResearchedJurisdictionOnce() throws IOException {
        List<String> files = indexedFiles();
        assertEquals(54, files.size());
        assertEquals(files.size(), files.stream().distinct().count());
        StateLaws laws = StateLaws.builtIn();
        assertEquals(54, laws.jurisdictions().size());
        assertFalse(laws.jurisdictions().contains(Jurisdiction.AS));
        assertFalse(laws.jurisdictions().contains(Jurisdiction.MP));
    }

    @Test
    void whenAFileLacksSourceAndConfidence_thenTheSchemaAndTheLoaderBothRejectIt() throws IOException {
        String fixture = text(BASE + "fixtures/TX.json");
        assertFalse(errors(fixture).isEmpty());
        InvalidStateLawException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidStateLawException.class,
                () -> StateLawReader.read("TX.json", fixture));
        assertTrue(e.problems().contains("TX.json: versions[0].duties[0].source: missing"), e.getMessage());
        assertTrue(e.problems().contains("TX.json: versions[0].duties[0].confidence: missing"), e.getMessage());
    }

    @Test
    void whenEveryDutyIsInspected_thenItHasAPositiveThresholdAndADeadlineOrATiming() {
        StateLaws laws = StateLaws.builtIn();
        int duties = 0;
        for (Jurisdiction j : laws.jurisdictions()) {
            for (StateLawVersion v : laws.law(j).orElseThrow().versions()) {
                for (StateDuty d : v.duties()) {
                    duties++;
                    assertTrue(d.threshold().residents() >= 1, j + " " + d);
                    assertTrue(d.deadline().isPresent() ^ d.timing().isPresent(), j + " " + d);
                    assertFalse(d.source().isBlank(), j + " " + d);
                }
                assertFalse(v.hipaaClause().leavesNoDuty() && !v.duties().isEmpty(), j.toString());
            }
        }
        assertTrue(duties >= 30, "duties: " + duties);
    }

    @Test
    void whenVersionsAreInspected_thenTheyAreInStrictEffectiveDateOrder() {
        StateLaws laws = StateLaws.builtIn();
        for (Jurisdiction j : laws.jurisdictions()) {
            List<StateLawVersion> versions = laws.law(j).orElseThrow().versions();
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom()), j.toString());
            }
        }
    }

    @Test
    void whenTheStatuteTextWasRead_thenTheDutyCitesAUrl() {
        StateLaws laws = StateLaws.builtIn();
        for (Jurisdiction j : laws.jurisdictions()) {
            for (StateLawVersion v : laws.law(j).orElseThrow().versions()) {
                for (StateDuty d : v.duties()) {
                    if (d.confidence() == org.breachrules.api.Confidence.STATUTE_TEXT) {
                        assertTrue(d.source().contains("http"), j + " " + d);
                    }
                }
            }
        }
    }
}
