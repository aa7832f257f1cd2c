package org.breachrules.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: the annual log's headline gives each due date with its count (the determination's deadlines, not the last
 * row's), leaves out and counts the breaches already reported to HHS, never prints a literal null, and names the
 * individual-notice date among the missing portal fields while it is unknown.
 */
class HhsLogHeadlineTest {
    private static String incident(String id, String discovered, String extra) {
        return "{\"id\": \"" + id + "\", \"reporter\": {\"role\": \"COVERED_ENTITY\", \"name\": \"Example Clinic\"},"
                + " \"discoveredOn\": \"" + discovered + "\", \"occurredOn\": \"" + discovered + "\","
                + " \"phiInvolved\": true, \"permittedByPrivacyRule\": false,"
                + " \"affected\": {\"total\": 20, \"byJurisdiction\": {\"OH\": 20}, \"insufficientContactInfo\": 0},"
                + " \"breachType\": \"LOSS\", \"locations\": [\"LAPTOP\"]" + extra + "}";
    }

    @Test
    void whenBreachesAreDueOnDifferentDaysOrAlreadyReported_thenTheHeadlineCountsEachDueDateAndLeavesReportedOut(
            @TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            lines.add(incident("ANNUAL-" + i, "2027-06-0" + (i % 9 + 1), ""));
        }
        lines.add(incident("HELD-1", "2027-11-15", ", \"lawEnforcementDelay\": {\"written\": {\"statedOn\":"
                + " \"2027-12-01\", \"delayUntil\": \"2028-04-15\"}}"));
        lines.add(incident("NO-END-GIVEN-1", "2027-11-20", ", \"lawEnforcementDelay\": {\"written\": {\"statedOn\":"
                + " \"2027-12-10\"}}"));
        lines.add(incident("REPORTED-1", "2027-03-01", ", \"noticesSent\": [{\"recipient\": \"HHS\", \"sentOn\":"
                + " \"2027-12-20\"}, {\"recipient\": \"INDIVIDUALS\", \"sentOn\": \"2027-04-01\"}]"));
        Files.writeString(dir.resolve("log.ndjson"), String.join("\n", lines) + "\n");
        Path csv = dir.resolve("log.csv");

        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("hhs-log", "--year", "2027", "--as-of",
                "2027-12-31", "--csv", csv.toString(), dir.toString());

        assertEquals(0, r.exit(), r.err());
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            rows = parser.getRecords();
        }
        assertEquals(12, rows.size(), "the breach already reported is left out");
        assertTrue(rows.stream().noneMatch(x -> x.get("incident_id").equals("REPORTED-1")));
        String held = rows.stream().filter(x -> x.get("incident_id").equals("HELD-1")).findFirst().orElseThrow()
                .get("hhs_due_date");
        assertEquals("2028-04-15", held, "the deadline in force after the hold");
        String headline = r.out().lines().skip(1).findFirst().orElseThrow();
        assertTrue(headline.startsWith("12 breaches to report to HHS: 11 by 2028-02-29, "), r.out());
        assertTrue(headline.contains("1 by 2028-04-15"), r.out());
        assertTrue(r.out().contains("1 breach of 2027 already reported to HHS, left out of the log."), r.out());
        assertFalse(r.out().contains("null") || Files.readString(csv).contains("null"), r.out()
                + Files.readString(csv));
        assertTrue(rows.get(0).get("missing_portal_fields").contains("individual_notice_sent_on"),
                "individual notice not yet sent: the portal's date is unknown");
    }

    @Test
    void whenTheHhsDutyHasNoDueDateYet_thenTheLogSaysSoAndNeverPrintsNull() throws Exception {
        // Given: sample 13's determination with its HHS duty undetermined (an open-ended hold: no deadline yet)
        Path samples = Path.of(System.getProperty("samples.dir", "samples"));
        Path goldens = Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
        org.breachrules.api.Incident incident = new org.breachrules.json.IncidentReader().read(
                Files.readString(samples.resolve("13-small-breach-annual-log.json")),
                java.time.LocalDate.of(2026, 11, 20)).incidents().get(0);
        String json = Files.readString(goldens.resolve("13-small-breach-annual-log.json"));
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        for (com.fasterxml.jackson.databind.JsonNode n : tree.get("notifications")) {
            if (n.get("recipient").asText().equals("HHS")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) n).put("status", "UNDETERMINED").putNull("deadline")
                        .putNull("daysRemaining");
            }
        }
        org.breachrules.api.Determination d = new org.breachrules.json.DeterminationReader().read(tree.toString());

        // When
        HhsLog log = new HhsLog(2026);
        log.add(incident, d);

        // Then
        assertFalse(log.summary().contains("null") || log.csv().contains("null"), log.summary() + log.csv());
        assertTrue(log.summary().contains("1 breach to report to HHS: 1 with no due date yet"), log.summary());
    }
}
