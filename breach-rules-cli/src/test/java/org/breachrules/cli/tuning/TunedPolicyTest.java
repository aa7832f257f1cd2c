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

/** The example tuned policy (breach-rules-examples/tuned-policy): what it changes, and that it stays stricter. */
class TunedPolicyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    private static JsonNode notification(JsonNode determination, String recipient) {
        return StreamSupport.stream(determination.path("notifications").spliterator(), false)
                .filter(n -> recipient.equals(n.path("recipient").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + recipient + " notification in " + determination));
    }

    @Test
    void whenABusinessAssociateIncidentIsEvaluated_thenTheCoveredEntityIsDueIn10Days() throws IOException {
        // Given sample 09: a business associate, discovered 2026-08-04, BAA window 15 days
        String sample = Tuning.sample("09-business-associate-baa-window.json");

        // When it is evaluated with the built-in and the tuned rules
        Tuning.Result builtIn = Tuning.run("evaluate", "--as-of", "2026-11-20", sample);
        Tuning.Result tuned = Tuning.run("evaluate", "--as-of", "2026-11-20", "--rules",
                Tuning.tunedPolicy().toString(), sample);

        // Then the tuned policy's 10 days beat the BAA's 15
        assertEquals(0, builtIn.exit(), builtIn.err());
        assertEquals(0, tuned.exit(), tuned.err());
        assertEquals("2026-08-19", notification(json(builtIn.out()), "COVERED_ENTITY").path("deadline").asText());
        JsonNode d = json(tuned.out());
        assertEquals("2026-08-14", notification(d, "COVERED_ENTITY").path("deadline").asText());
        assertEquals(1, d.path("notifications").size(), tuned.out());
        assertTrue(d.path("rulesVersion").asText().startsWith("tuned:sha256:"), d.path("rulesVersion").asText());
    }

    @Test
    void whenSsnsAreInvolvedWithAnOtherwiseLowRisk_thenItIsABreachElectedToNotify() throws IOException {
        // Given SSNs handed to a known individual, returned sealed: a low probability of compromise
        String incident = Tuning.resource("ssn-low-risk.json").toString();

        // When it is evaluated with the built-in and the tuned rules
        Tuning.Result builtIn = Tuning.run("evaluate", "--as-of", "2027-03-02", incident);
        Tuning.Result tuned = Tuning.run("evaluate", "--as-of", "2027-03-02", "--rules",
                Tuning.tunedPolicy().toString(), incident);

        // Then the built-in rules see no breach, the organisation's policy notifies anyway
        assertEquals(0, builtIn.exit(), builtIn.err());
        assertEquals(0, tuned.exit(), tuned.err());
        JsonNode b = json(builtIn.out());
        assertFalse(b.path("breach").asBoolean());
        assertEquals("LOW_PROBABILITY_OF_COMPROMISE", b.path("basis").asText());
        JsonNode t = json(tuned.out());
        assertTrue(t.path("breach").asBoolean(), tuned.out());
        assertEquals("ELECTED_TO_NOTIFY", t.path("basis").asText());
        assertEquals("2027-04-30", notification(t, "INDIVIDUALS").path("deadline").asText());
        assertTrue(StreamSupport.stream(t.path("findings").spliterator(), false).anyMatch(f -> f.path("rule").asText()
                .equals("Organisation policy: always notify when Social Security numbers are involved")),
                tuned.out());
    }

    @Test
    void whenTheTunedPolicyIsVerified_thenExit0WithNothingBelowTheFloor() throws IOException {
        // Given the example tuned policy
        String dir = Tuning.tunedPolicy().toString();

        // When it is verified, as JSON over the default 10,000 generated incidents, and as text (the same report in
        // other words)
        Tuning.Result json = Tuning.run("verify", "--rules", dir, "--format", "json");
        Tuning.Result text = Tuning.run("verify", "--rules", dir, "--generated", Tuning.FEW_GENERATED);

        // Then every obligation difference is stricter, among them the BA deadline and the SSN scenario. The only
        // other differences are "changed" ones the two edits imply: where a BAA's window equals the policy's 10 days
        // the regulation's citation applies instead of the BAA's (same deadline), and an SSN incident that was
        // already a breach rests on the election (basis ELECTED_TO_NOTIFY, no risk assessment) instead.
        assertEquals(0, json.exit(), json.err());
        assertEquals("", json.err());
        JsonNode report = json(json.out());
        assertFalse(report.path("belowFederalFloor").asBoolean());
        assertTrue(report.path("differences").size() > 0, json.out());
        for (JsonNode d : report.path("differences")) {
            String field = d.path("field").asText();
            if (!"STRICTER".equals(d.path("kind").asText())) {
                assertEquals("CHANGED", d.path("kind").asText(), d.toString());
                assertTrue(field.equals("notifications[COVERED_ENTITY].citation") || field.equals("basis")
                        || field.equals("riskAssessment"), d.toString());
            }
        }
        assertTrue(has(report, "b-risk-ssn-known-individual-not-acquired.json", "breach"), json.out());
        assertTrue(has(report, "t14b-ba-agent-business-associate-view.json",
                "notifications[COVERED_ENTITY].deadline"), json.out());
        assertEquals(0, text.exit(), text.err());
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("PASS: "), text.out());
        assertFalse(text.out().contains("Below federal floor"), text.out());
    }

    private static boolean has(JsonNode report, String scenario, String field) {
        return StreamSupport.stream(report.path("differences").spliterator(), false)
                .anyMatch(d -> d.path("scenario").asText().equals(scenario) && d.path("field").asText().equals(field));
    }

    @Test
    void whenTheTunedPolicyIsRead_thenItNamesOnlyTheOneValueItChangesWithItsReason() throws IOException {
        // Given the tuned policy values
        List<String> values = Files.readAllLines(Tuning.tunedPolicy().resolve("policy.properties")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();

        // Then one value, documented: every other value keeps the release's default, so upgrades need no edit
        assertEquals(List.of("businessAssociateNoticeDays = 10"), values);
        assertTrue(Files.readString(Tuning.tunedPolicy().resolve("policy.properties")).contains("# Why:"));
    }
}
