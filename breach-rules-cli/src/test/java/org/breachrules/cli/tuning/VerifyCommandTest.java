package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.breachrules.drools.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify --rules DIR}: below-floor differences, compile errors, bad directories, usage. */
class VerifyCommandTest {

    @Test
    void whenTheMediaThresholdIsRaisedTo1000_thenExit3NamingFloridaAndItsMediaNotice() throws IOException {
        // Given a policy that notifies media only above 1,000 residents (test resource)
        String dir = Tuning.resource("loosened-media").toString();

        // When it is verified, as text and as JSON (T04 is one of verify's threshold incidents)
        Tuning.Result text = Tuning.run("verify", "--rules", dir, "--generated", Tuning.FEW_GENERATED);
        Tuning.Result json = Tuning.run("verify", "--rules", dir, "--format", "json", "--generated",
                Tuning.FEW_GENERATED);

        // Then both exit 3 (below the floor) and name T04 (501 Florida residents) and the lost media notice, below the floor
        assertEquals(3, text.exit(), text.err());
        assertEquals("", text.err());
        String out = text.out();
        int group = out.indexOf("Below federal floor (");
        assertTrue(group >= 0, out);
        int scenario = out.indexOf("t04-501-florida.json", group);
        assertTrue(scenario > group, out);
        assertTrue(out.indexOf("notifications[MEDIA FL]: built-in owed by ", scenario) > scenario, out);
        assertTrue(out.contains("tuned absent [below federal floor]"), out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("FAIL: "), out);

        assertEquals(3, json.exit(), json.err());
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertTrue(report.path("belowFederalFloor").asBoolean(), json.out() + json.err());
        assertTrue(StreamSupport.stream(report.path("differences").spliterator(), false).anyMatch(d ->
                d.path("scenario").asText().equals("t04-501-florida.json")
                        && d.path("field").asText().equals("notifications[MEDIA FL]")
                        && d.path("kind").asText().equals("BELOW_FEDERAL_FLOOR")
                        && d.path("tuned").asText().equals("absent")), json.out());
        assertTrue(report.path("tunedVersion").asText().startsWith("tuned:sha256:"));
        assertTrue(report.path("builtInVersion").asText().startsWith("builtin:sha256:"));
        assertTrue(report.path("counts").path("BELOW_FEDERAL_FLOOR").asInt() > 0);
    }

    @Test
    void whenARuleFileDoesNotCompile_thenExit2NamingFileAndLine_asEvaluateDoes() {
        // Given a rule file with an unknown property on line 12
        Path dir = Tuning.resource("broken");

        // When it is verified, and used to evaluate
        Tuning.Result verify = Tuning.run("verify", "--rules", dir.toString());
        Tuning.Result evaluate = Tuning.run("evaluate", "--as-of", "2026-11-20", "--rules", dir.toString(),
                Tuning.sample("01-ransomware-ehr-server.json"));

        // Then nothing on standard output, and each problem on one line: DIR/file.drl: line N: message
        assertEquals(2, verify.exit());
        assertEquals("", verify.out());
        assertFalse(verify.errLines().isEmpty());
        String prefix = dir.resolve("always-notify-ssn.drl") + ": line ";
        for (String line : verify.errLines()) {
            assertTrue(line.startsWith(prefix), line);
        }
        assertTrue(verify.errLines().stream().anyMatch(l -> l.startsWith(prefix + "12: ") && l.contains("phiType")),
                verify.err());
        // ... exactly as evaluate --rules reports them
        assertEquals(2, evaluate.exit());
        assertEquals(evaluate.errLines(), verify.errLines());
    }

    @Test
    void whenTheDirectoryIsMissingOrEmpty_thenExit2WithTheLineEvaluatePrints(@TempDir Path dir) {
        // Given a missing directory and an empty one
        String missing = dir.resolve("nope").toString();

        // When verified
        Tuning.Result absent = Tuning.run("verify", "--rules", missing);
        Tuning.Result empty = Tuning.run("verify", "--rules", dir.toString());

        // Then one line each, as evaluate --rules prints it
        assertEquals(2, absent.exit());
        assertEquals("", absent.out());
        assertEquals(List.of(missing + ": $: cannot read rules directory (no such directory)"), absent.errLines());
        assertEquals(2, empty.exit());
        assertEquals(List.of(dir + ": $: the rules directory holds no .drl file, no policy.properties and no state-law file (XX.json)"), empty.errLines());
    }

    @Test
    void whenTheBuiltInRulesAreVerified_thenExit0AndNoDifference(@TempDir Path dir) throws IOException {
        // Given the built-in policy.drl, unchanged
        Files.writeString(dir.resolve("policy.drl"), BuiltInRules.sources().get("policy.drl"));

        // When verified (a file identical to the built-in one is no change)
        Tuning.Result result = Tuning.run("verify", "--rules", dir.toString(), "--generated", Tuning.FEW_GENERATED);

        // Then there is nothing to report
        assertEquals(0, result.exit(), result.err());
        List<String> lines = result.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("PASS: no difference"), result.out());
    }

    @Test
    void whenRulesOrFormatAreWrong_thenExit2WithOneUsageLine() {
        // When verify is run without --rules, and with an unknown format
        Tuning.Result noRules = Tuning.run("verify");
        Tuning.Result badFormat = Tuning.run("verify", "--rules", "x", "--format", "xml");

        // Then one line each, exit 2
        assertEquals(2, noRules.exit());
        assertEquals(1, noRules.errLines().size(), noRules.err());
        assertTrue(noRules.err().startsWith("breach-rules verify: Missing required option: '--rules=DIR'"),
                noRules.err());
        assertEquals(2, badFormat.exit());
        assertEquals(1, badFormat.errLines().size(), badFormat.err());
    }
}
