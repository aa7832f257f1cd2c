package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's behaviour: input sources, output shape, exit codes and error lines. */
class EvaluateCommandTest {

    private static final String AS_OF = "2026-11-20";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static String sample(String name) {
        return Golden.samples().resolve(name).toString();
    }

    private static String sampleText(String name) {
        return Golden.read(Golden.samples().resolve(name));
    }

    private static List<JsonNode> documents(String out) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        // A concatenation of documents; a top-level array is one document, not a sequence.
        try (var parser = JSON.getFactory().createParser(out)) {
            while (parser.nextToken() != null) {
                docs.add(JSON.readTree(parser));
            }
        }
        return docs;
    }

    /** A determiner that fails the way a broken engine would. */
    private static final Determiners BROKEN = Cli.fixed(new BreachDeterminer() {
        @Override
        public Determination determine(Incident incident, LocalDate asOf) {
            throw new IllegalStateException("engine exploded\nsecond line");
        }

        @Override
        public String rulesVersion() {
            return "broken";
        }
    });

    @Test
    void whenFileIsDash_thenStandardInputIsRead() {
        // Given
        String stdin = sampleText("04-stolen-laptop-encrypted.json");

        // When
        Cli.Result result = Cli.run(Cli.fixed(Cli.engine()), stdin, "evaluate", "--as-of", AS_OF, "-");

        // Then
        assertEquals("", result.err());
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("\"incidentId\": \"GPO-2026-07\""), result.out());
        assertTrue(result.out().contains("\"basis\": \"SECURED_BY_ENCRYPTION\""), result.out());
    }

    @Test
    void whenStandardInputIsInvalid_thenLinesNameTheDash() {
        // Given
        String stdin = "{\"id\": \"x\"}";

        // When
        Cli.Result result = Cli.run(Cli.fixed(Cli.engine()), stdin, "evaluate", "--as-of", AS_OF, "-");

        // Then
        assertEquals("", result.out());
        assertEquals(2, result.exit());
        assertEquals("-: reporter: is required", result.errLines().get(0));
    }

    @Test
    void whenDashGivenTwice_thenExit2() {
        // Given
        String stdin = sampleText("04-stolen-laptop-encrypted.json");

        // When
        Cli.Result result = Cli.run(Cli.fixed(Cli.engine()), stdin, "evaluate", "--as-of", AS_OF, "-", "-");

        // Then
        assertEquals("", result.out());
        assertEquals(2, result.exit());
        assertEquals(List.of("-: $: standard input can be read only once"), result.errLines());
    }

    @Test
    void whenSingleIncidentFile_thenOneDeterminationObject() throws IOException {
        // Given
        String file = sample("01-ransomware-ehr-server.json");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, file);

        // Then
        assertEquals(0, result.exit());
        List<JsonNode> docs = documents(result.out());
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).isObject());
        assertEquals("CHH-IR-2026-0117", docs.get(0).get("incidentId").asText());
        assertEquals(AS_OF, docs.get(0).get("evaluatedOn").asText());
    }

    @Test
    void whenArrayFile_thenArrayOfDeterminationsInOrder(@TempDir Path dir) throws IOException {
        // Given
        Path file = dir.resolve("two.json");
        Files.writeString(file, "[" + sampleText("01-ransomware-ehr-server.json") + ","
                + sampleText("14-exception-authorized-coworker.json") + "]");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, file.toString());

        // Then
        assertEquals("", result.err());
        assertEquals(0, result.exit());
        JsonNode array = documents(result.out()).get(0);
        assertTrue(array.isArray());
        assertEquals(2, array.size());
        assertEquals("CHH-IR-2026-0117", array.get(0).get("incidentId").asText());
        assertEquals("OIM-PRIV-2026-11", array.get(1).get("incidentId").asText());
    }

    @Test
    void whenSeveralFiles_thenOneJsonDocumentPerFileInOrderEachEndingWithNewline() throws IOException {
        // Given
        String first = sample("13-small-breach-annual-log.json");
        String second = sample("06-misdirected-fax-low-probability.json");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, first, second);

        // Then
        assertEquals(0, result.exit());
        List<JsonNode> docs = documents(result.out());
        assertEquals(2, docs.size());
        assertEquals("WCD-2026-002", docs.get(0).get("incidentId").asText());
        assertEquals("PWC-FAX-0911", docs.get(1).get("incidentId").asText());
        assertTrue(result.out().endsWith("}\n"));
        assertTrue(result.out().contains("}\n{"));
    }

    @Test
    void whenEmptyArray_thenEmptyArray(@TempDir Path dir) throws IOException {
        // Given
        Path file = dir.resolve("none.json");
        Files.writeString(file, "[]");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, file.toString());

        // Then
        assertEquals(0, result.exit());
        assertEquals("[]\n", result.out());
    }

    @Test
    void whenFormatText_thenReportForEveryIncident() {
        // Given
        String first = sample("09-business-associate-baa-window.json");
        String second = sample("12-multi-state-media.json");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, "--format", "TEXT", first, second);

        // Then
        assertEquals("", result.err());
        assertEquals(0, result.exit());
        assertTrue(result.out().contains("Incident NBS-INC-26-0042\nSource: " + first + "\n"), result.out());
        assertTrue(result.out().contains("Incident TCIP-2026-CLOUD-01\nSource: " + second + "\n"), result.out());
        assertTrue(result.out().contains("COVERED_ENTITY"), result.out());
        assertTrue(result.out().contains("web posting or major media 90d + toll-free number 90d (230 individuals)"),
                result.out());
    }

    @Test
    void whenDeterminerFails_thenExit1WithOneLineAndNoStackTrace() {
        // Given
        String file = sample("01-ransomware-ehr-server.json");

        // When
        Cli.Result result = Cli.run(BROKEN, "", "evaluate", "--as-of", AS_OF, file);

        // Then
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertEquals(List.of("breach-rules: engine exploded\\nsecond line"), result.errLines());
    }

    @Test
    void whenDeterminerFailsWithDebug_thenStackTraceFollowsTheLine() {
        // Given
        String file = sample("01-ransomware-ehr-server.json");

        // When
        Cli.Result result = Cli.run(BROKEN, "", "evaluate", "--debug", "--as-of", AS_OF, file);

        // Then
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertEquals("breach-rules: engine exploded\\nsecond line", result.errLines().get(0));
        assertTrue(result.err().contains("java.lang.IllegalStateException"), result.err());
    }

    @Test
    void whenEngineCannotBeBuilt_thenExit1() {
        // Given
        Determiners unavailable = new Determiners() {
            @Override
            public BreachDeterminer builtIn() {
                throw new org.breachrules.api.BreachRulesException("the precompiled rules are missing");
            }

            @Override
            public BreachDeterminer withRules(Path rulesDirectory) {
                throw new AssertionError("not asked for");
            }
        };

        // When
        Cli.Result result = Cli.run(unavailable, "", "evaluate", "--as-of", AS_OF,
                sample("01-ransomware-ehr-server.json"));

        // Then
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertEquals(List.of("breach-rules: the precompiled rules are missing"), result.errLines());
    }

    @Test
    void whenAsOfIsNotADate_thenExit2WithAsOfLine() {
        // Given
        String file = sample("01-ransomware-ehr-server.json");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", "2026-02-30", file);

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(List.of("--as-of: expected a date (YYYY-MM-DD), got \"2026-02-30\""), result.errLines());
    }

    @Test
    void whenFilesAreMissing_thenExit2WithOneLineEach(@TempDir Path dir) {
        // Given
        String missing = dir.resolve("missing.json").toString();
        String directory = dir.toString();

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, missing, directory);

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(List.of(missing + ": $: cannot read file (no such file)",
                directory + ": $: cannot read file (it is a directory)"), result.errLines());
    }

    @Test
    void whenDiscoveredAfterAsOf_thenExit2() {
        // Given: sample 14 was discovered on 2026-11-03
        String file = sample("14-exception-authorized-coworker.json");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", "2026-11-02", file);

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(List.of(file + ": discoveredOn: is after the evaluation date 2026-11-02"), result.errLines());
    }

    @Test
    void whenUnknownOption_thenExit2WithOneLine() {
        // When
        Cli.Result result = Cli.run("evaluate", "--as-off", AS_OF, sample("01-ransomware-ehr-server.json"));

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().startsWith("breach-rules evaluate: Unknown option: '--as-off'"), result.err());
    }

    @Test
    void whenNoFileGiven_thenExit2WithOneLine() {
        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF);

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("Missing required parameter: 'FILE'"), result.err());
    }

    @Test
    void whenUnknownFormat_thenExit2WithOneLine() {
        // When
        Cli.Result result = Cli.run("evaluate", "--format", "xml", sample("01-ransomware-ehr-server.json"));

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result.err());
    }

    @Test
    void whenNoCommand_thenExit2WithOneLine() {
        // When
        Cli.Result result = Cli.run();

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertEquals(1, result.errLines().size(), result.err());
        String line = result.errLines().get(0);
        assertTrue(line.startsWith("breach-rules: missing command; the commands are: evaluate, "), line);
        assertTrue(line.contains("export-rules") && line.contains("verify") && line.endsWith(" (see --help)"), line);
    }

    @Test
    void whenHelpAsked_thenUsageOnStdoutAndExit0() {
        // When
        Cli.Result result = Cli.run("evaluate", "--help");

        // Then
        assertEquals(0, result.exit());
        assertEquals("", result.err());
        assertTrue(result.out().contains("--as-of"), result.out());
        assertTrue(result.out().contains("--rules"), result.out());
    }

    @Test
    void whenRulesDirectoryGiven_thenTheTunedDeterminerIsUsed(@TempDir Path dir) throws IOException {
        // Given
        Files.writeString(dir.resolve("policy.drl"), "// tuned");
        List<Path> asked = new ArrayList<>();
        Determiners recording = new Determiners() {
            @Override
            public BreachDeterminer builtIn() {
                throw new AssertionError("the built-in rules were used");
            }

            @Override
            public BreachDeterminer withRules(Path rulesDirectory) {
                asked.add(rulesDirectory);
                return Cli.engine();
            }
        };

        // When
        Cli.Result result = Cli.run(recording, "", "evaluate", "--as-of", AS_OF, "--rules", dir.toString(),
                sample("01-ransomware-ehr-server.json"));

        // Then
        assertEquals("", result.err());
        assertEquals(0, result.exit());
        assertEquals(List.of(dir), asked);
    }

    @Test
    void whenRulesDirectoryMissingOrEmpty_thenExit2(@TempDir Path dir) {
        // Given
        String missing = dir.resolve("nope").toString();

        // When
        Cli.Result absent = Cli.run("evaluate", "--as-of", AS_OF, "--rules", missing,
                sample("01-ransomware-ehr-server.json"));
        Cli.Result empty = Cli.run("evaluate", "--as-of", AS_OF, "--rules", dir.toString(),
                sample("01-ransomware-ehr-server.json"));

        // Then
        assertEquals(2, absent.exit());
        assertEquals("", absent.out());
        assertEquals(List.of(missing + ": $: cannot read rules directory (no such directory)"), absent.errLines());
        assertEquals(2, empty.exit());
        assertEquals(List.of(dir + ": $: the rules directory holds no .drl file, no policy.properties and no state-law file (XX.json)"), empty.errLines());
    }

    @Test
    void whenRuleFileDoesNotCompile_thenExit2WithFileAndLine(@TempDir Path dir) throws IOException {
        // Given
        Files.writeString(dir.resolve("policy.drl"), "package org.breachrules.rules;\nrule \"broken\"\nwhen\n"
                + "then\n  undefinedMethod();\nend\n");

        // When
        Cli.Result result = Cli.run(Determiners.drools(), "", "evaluate", "--as-of", AS_OF, "--rules",
                dir.toString(), sample("01-ransomware-ehr-server.json"));

        // Then
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertFalse(result.errLines().isEmpty());
        for (String line : result.errLines()) {
            assertTrue(line.startsWith(dir.resolve("policy.drl") + ": "), line);
        }
    }

    /** Issue 14, item 5: an evaluation date no real incident reaches is refused with the supported range. */
    @Test
    void whenTheEvaluationDateIsOutsideTheSupportedRange_thenExit2() {
        Cli.Result far = Cli.run("evaluate", "--as-of", "+10005-12-31", "-");
        assertEquals(2, far.exit(), far.err());
        assertEquals("--as-of: expected a date (YYYY-MM-DD), got \"+10005-12-31\"", far.err().strip());
        Cli.Result ancient = Cli.run("evaluate", "--as-of", "0001-01-01", "-");
        assertEquals(2, ancient.exit(), ancient.err());
        assertEquals("--as-of: is outside the supported range 1900-01-01 to 2999-12-31", ancient.err().strip());
    }

    /** Issue 14, item 5: a file is held in memory whole, so the number of incidents in one file is bounded. */
    @Test
    void whenAFileHoldsMoreIncidentsThanTheLimit_thenExit2BeforeReadingIt() {
        String one = "{\"id\": \"A\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2026-03-01\","
                + " \"phiInvolved\": false, \"permittedByPrivacyRule\": false}";
        String three = "[" + one + "," + one.replace("\"A\"", "\"B\"") + "," + one.replace("\"A\"", "\"C\"") + "]";
        Cli.Result over = Cli.run(Cli.fixed(Cli.engine()), three, "evaluate", "--as-of", "2026-11-20",
                "--max-incidents", "2", "-");
        assertEquals(2, over.exit(), over.err());
        assertEquals("-: $: holds 3 incidents, more than --max-incidents 2; stream a large batch with --ndjson",
                over.err().strip());
        Cli.Result at = Cli.run(Cli.fixed(Cli.engine()), three, "evaluate", "--as-of", "2026-11-20",
                "--max-incidents", "3", "-");
        assertEquals(0, at.exit(), at.err());
        Cli.Result zero = Cli.run("evaluate", "--max-incidents", "0", "-");
        assertEquals(2, zero.exit());
        assertEquals("--max-incidents: must be at least 1, was 0", zero.err().strip());
    }

    /** Issue 26: the budget is for all files together; files within it each, but not together, are refused. */
    @Test
    void whenFilesTogetherHoldMoreIncidentsThanTheLimit_thenExit2NamingTheFileThatPassesIt(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String one = "{\"id\": \"A\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2026-03-01\","
                + " \"phiInvolved\": false, \"permittedByPrivacyRule\": false}";
        String two = "[" + one + "," + one.replace("\"A\"", "\"B\"") + "]";
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("a.json"), two);
        java.nio.file.Path b = java.nio.file.Files.writeString(dir.resolve("b.json"), two.replace("\"A\"", "\"C\"")
                .replace("\"B\"", "\"D\""));
        Cli.Result over = Cli.run("evaluate", "--as-of", "2026-11-20", "--max-incidents", "3", a.toString(),
                b.toString());
        assertEquals(2, over.exit(), over.err());
        assertEquals(b + ": $: brings the incidents of the files given to 4, more than --max-incidents 3 (all files"
                + " together); stream a large batch with --ndjson", over.err().strip());
        assertEquals("", over.out());
        Cli.Result at = Cli.run("evaluate", "--as-of", "2026-11-20", "--max-incidents", "4", a.toString(),
                b.toString());
        assertEquals(0, at.exit(), at.err());
    }
}
