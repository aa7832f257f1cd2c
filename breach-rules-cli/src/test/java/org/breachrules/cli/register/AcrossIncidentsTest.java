package org.breachrules.cli.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Across incidents: the register of deadlines, the HHS annual log (with its boundaries: year end, leap year, 499 and
 * 500, a year with none) and the calendar export, through the command line, with goldens for the samples.
 */
class AcrossIncidentsTest {
    private static final String AS_OF = "2026-11-20";

    private static Path samples() {
        return Path.of(System.getProperty("samples.dir", "samples"));
    }

    private static Path golden(String name) {
        return Path.of(System.getProperty("golden.dir", "src/test/resources/golden")).resolve("across").resolve(name);
    }

    private static void assertGolden(String name, String actual) throws Exception {
        Path file = golden(name);
        if (org.breachrules.cli.GoldenUpdate.requested()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, file.toString());
    }

    private static String incident(String id, String discovered, int total) {
        return "{\"id\": \"" + id + "\", \"reporter\": {\"role\": \"COVERED_ENTITY\", \"name\": \"Example Clinic\"},"
                + " \"discoveredOn\": \"" + discovered + "\", \"phiInvolved\": true, \"permittedByPrivacyRule\": false,"
                + " \"affected\": {\"total\": " + total + ", \"byJurisdiction\": {\"OH\": " + total + "},"
                + " \"insufficientContactInfo\": 0}, \"breachType\": \"LOSS\", \"locations\": [\"LAPTOP\"]}";
    }

    @Test
    void whenTheSamplesAreRegistered_thenTheRegisterMatchesItsGoldenInBothFormats() throws Exception {
        BreachRulesCliAccess.Result text = BreachRulesCliAccess.run("register", "--as-of", AS_OF,
                samples().toString());
        BreachRulesCliAccess.Result json = BreachRulesCliAccess.run("register", "--as-of", AS_OF, "--format", "json",
                samples().toString());
        assertEquals(0, text.exit(), text.err());
        assertEquals(0, json.exit(), json.err());
        assertTrue(text.out().indexOf("TO SETTLE (FACTS MISSING) (") < text.out().indexOf("\nOVERDUE ("),
                "the duties to settle first (issue 22)");
        assertTrue(text.out().indexOf("OVERDUE (") < text.out().indexOf("DUE WITHIN 7 DAYS ("), text.out());
        assertGolden("register.txt", text.out());
        assertGolden("register.json", json.out());
        BreachRulesCliAccess.Result html = BreachRulesCliAccess.run("register", "--as-of", AS_OF, "--format", "html",
                samples().toString());
        assertEquals(0, html.exit(), html.err());
        assertEquals(59, html.out().split("<tr class=\"row\">", -1).length - 1,
                "one row per obligation (50 federal, 9 state)");
        assertTrue(html.out().contains("<h2>Overdue (22)</h2>"), html.out());
    }

    @Test
    void whenTheAnnualLogOfTheSamplesIsAsked_thenItMatchesItsGolden() throws Exception {
        BreachRulesCliAccess.Result log = BreachRulesCliAccess.run("hhs-log", "--year", "2026", "--as-of", AS_OF,
                samples().toString());
        assertEquals(0, log.exit(), log.err());
        assertGolden("hhs-log-2026.txt", log.out());
    }

    @Test
    void whenBreachesSitOnTheLogsBoundaries_thenOnlyThoseUnder500DiscoveredInTheYearAreLogged(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("a.ndjson"), String.join("\n",
                incident("DEC-31", "2026-12-31", 10),
                incident("JAN-01", "2027-01-01", 10),
                incident("EXACTLY-499", "2027-06-01", 499),
                incident("EXACTLY-500", "2027-06-01", 500)) + "\n");
        Path csv = dir.resolve("log.csv");

        BreachRulesCliAccess.Result result = BreachRulesCliAccess.run("hhs-log", "--year", "2027", "--as-of",
                "2027-12-31", "--csv", csv.toString(), dir.toString());

        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("2 breaches to report to HHS by 2028-02-29"), result.out());
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            rows = parser.getRecords();
        }
        assertEquals(List.of("JAN-01", "EXACTLY-499"), rows.stream().map(r -> r.get("incident_id")).toList());
        assertEquals("2028-02-29", rows.get(0).get("hhs_due_date"), "2028 is a leap year");
        assertEquals("entity_type; entity_address; entity_contact; breach_start_date; breach_end_date; type_of_phi;"
                + " description; safeguards_in_place; actions_taken; individual_notice_sent_on",
                rows.get(0).get("missing_portal_fields"));
        assertEquals("10", rows.get(0).get("approximate_individuals_affected"));

        BreachRulesCliAccess.Result before = BreachRulesCliAccess.run("hhs-log", "--year", "2026", "--as-of",
                "2027-12-31", dir.toString());
        assertTrue(before.out().contains("1 breach to report to HHS by 2027-03-01"), before.out());
        assertTrue(before.out().contains("DEC-31"), before.out());

        BreachRulesCliAccess.Result none = BreachRulesCliAccess.run("hhs-log", "--year", "2025", "--as-of",
                "2027-12-31", dir.toString());
        assertTrue(none.out().contains("Nothing to report for 2025."), none.out());
    }

    @Test
    void whenTheRegisterWritesACalendar_thenEachOpenDeadlineIsAnEventWithAReminderAWeekBefore(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("one.json"), incident("CAL-1", "2026-11-01", 10));
        Path ics = dir.resolve("deadlines.ics");

        BreachRulesCliAccess.Result result = BreachRulesCliAccess.run("register", "--as-of", "2026-11-20",
                "--ics", ics.toString(), dir.resolve("one.json").toString());

        assertEquals(0, result.exit(), result.err());
        ICalendar calendar = Biweekly.parse(Files.readString(ics)).first();
        List<VEvent> events = calendar.getEvents();
        assertEquals(2, events.size(), "individuals (2026-12-31) and HHS (2027-03-01)");
        VEvent individuals = events.stream().filter(e -> e.getSummary().getValue().contains("INDIVIDUALS"))
                .findFirst().orElseThrow();
        LocalDate start = individuals.getDateStart().getValue().toInstant().atZone(ZoneId.systemDefault())
                .toLocalDate();
        assertEquals(LocalDate.of(2026, 12, 31), start);
        assertEquals(7, individuals.getAlarms().get(0).getTrigger().getDuration().getDays());
        assertTrue(individuals.getAlarms().get(0).getTrigger().getDuration().isPrior());
    }

    @Test
    void whenEvaluateWritesACalendar_thenItHoldsTheSameOpenDeadlines(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("one.json"), incident("CAL-2", "2026-11-01", 10));
        Path ics = dir.resolve("deadlines.ics");
        BreachRulesCliAccess.Result result = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20",
                "--ics", ics.toString(), dir.resolve("one.json").toString());
        assertEquals(0, result.exit(), result.err());
        assertEquals(2, Biweekly.parse(Files.readString(ics)).first().getEvents().size());
    }

    @Test
    void whenAnInputIsInvalid_thenNothingIsPrintedAndEveryProblemIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("bad.ndjson"), incident("OK-1", "2026-11-01", 10) + "\n{\"id\": 1}\n");
        BreachRulesCliAccess.Result result = BreachRulesCliAccess.run("register", "--as-of", AS_OF, dir.toString());
        assertEquals(2, result.exit());
        assertEquals("", result.out());
        assertTrue(result.err().contains("bad.ndjson:2: id:"), result.err());
    }
}
