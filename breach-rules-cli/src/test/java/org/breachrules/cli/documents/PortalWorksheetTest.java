package org.breachrules.cli.documents;

import static org.breachrules.cli.documents.Documents.drafts;
import static org.breachrules.cli.documents.Documents.run;
import static org.breachrules.cli.documents.Documents.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: the HHS portal worksheet and annual log are filled from the incident's format-1.2 portal fields, in the
 * portal's words (no enum name), with a [[...]] placeholder for each unknown answer and no placeholder that reads
 * like an answer.
 */
class PortalWorksheetTest {
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

    private static final String INCIDENT = "{\"id\": \"PORTAL-1\", \"reporter\": {\"role\": \"COVERED_ENTITY\","
            + " \"name\": \"Example Clinic\", \"entityType\": \"HEALTHCARE_PROVIDER\", \"address\": {\"street\":"
            + " \"1 Main Street\", \"city\": \"Springfield\", \"state\": \"OH\"}, \"contact\": {\"name\": \"Pat Lee\","
            + " \"title\": \"Privacy Officer\", \"phone\": \"555-0100\", \"email\": \"privacy@example.org\"}},"
            + " \"occurredOn\": \"2026-06-01\", \"occurredUntil\": \"2026-06-03\", \"discoveredOn\": \"2026-06-04\","
            + " \"description\": \"A laptop was stolen from a locked car.\", \"safeguardsInPlace\": [\"PRIVACY_RULE\","
            + " \"SECURITY_RULE_PHYSICAL\"], \"phiInvolved\": true, \"permittedByPrivacyRule\": false,"
            + " \"affected\": {\"total\": 40, \"byJurisdiction\": {\"OH\": 40}, \"insufficientContactInfo\": 0},"
            + " \"riskAssessment\": {\"phiTypes\": [\"NAME\", \"DIAGNOSIS\"], \"recipient\": \"UNKNOWN\","
            + " \"acquiredOrViewed\": \"UNKNOWN\", \"mitigations\": [\"REMOTE_WIPED\"]},"
            + " \"breachType\": \"THEFT\", \"locations\": [\"LAPTOP\", \"OTHER_PORTABLE_ELECTRONIC_DEVICE\"]}";

    @Test
    void whenTheIncidentGivesThePortalFields_thenTheWorksheetAnswersEachInThePortalsWords(@TempDir Path dir)
            throws Exception {
        Path in = Files.writeString(dir.resolve("portal.json"), INCIDENT);
        Map<String, String> drafts = drafts(dir.resolve("out"), in);
        String sheet = drafts.entrySet().stream().filter(e -> e.getKey().endsWith("/hhs-portal-worksheet.txt"))
                .findFirst().orElseThrow().getValue();

        assertTrue(sheet.contains("Type of covered entity: Healthcare Provider\n"), sheet);
        assertTrue(sheet.contains("Address: 1 Main Street, Springfield, OH [[ZIP code]]\n"), sheet);
        assertTrue(sheet.contains("Contact: Pat Lee, Privacy Officer, 555-0100, privacy@example.org\n"), sheet);
        assertTrue(sheet.contains("Breach end date: June 3, 2026\n"), sheet);
        assertTrue(sheet.contains("Brief description of the breach: A laptop was stolen from a locked car.\n"), sheet);
        assertTrue(sheet.contains("Safeguards in place prior to the breach: Privacy Rule Safeguards"), sheet);
        assertTrue(sheet.contains("Type of breach: Theft\n"), sheet);
        assertTrue(sheet.contains("Location of breached information: Laptop, Other Portable Electronic Device\n"),
                sheet);
        assertTrue(sheet.contains("Actions taken in response to the breach: Wiped the device remotely\n"), sheet);
        assertFalse(ENUM_NAME.matcher(sheet).find(), "no enum name:\n" + sheet);
    }

    @Test
    void whenTheIncidentLacksThePortalFields_thenEachIsAPlaceholderNotAnAnswer(@TempDir Path dir) throws Exception {
        Map<String, String> drafts = drafts(dir.resolve("out"), sample("13-"));
        String sheet = drafts.entrySet().stream().filter(e -> e.getKey().endsWith("/hhs-portal-worksheet.txt"))
                .findFirst().orElseThrow().getValue();
        for (String question : List.of("Type of covered entity", "Address", "Contact", "Breach end date",
                "Brief description of the breach", "Safeguards in place prior to the breach")) {
            String answer = sheet.lines().filter(l -> l.startsWith(question + ": ")).findFirst()
                    .orElseThrow(() -> new AssertionError(question + " missing:\n" + sheet));
            assertTrue(answer.substring(question.length() + 2).startsWith("[["), answer);
        }
        assertFalse(ENUM_NAME.matcher(sheet).find(), "no enum name:\n" + sheet);
    }

    @Test
    void whenTheAnnualLogIsWritten_thenItUsesThePortalsWordsAndNamesEveryUnknownAnswer(@TempDir Path dir)
            throws Exception {
        Path in = Files.writeString(dir.resolve("portal.json"), INCIDENT);
        Path csv = dir.resolve("log.csv");
        run("hhs-log", "--year", "2026", "--as-of", "2026-11-20", "--csv", csv.toString(), in.toString(),
                sample("13-").toString());
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            rows = parser.getRecords();
        }
        CSVRecord given = rows.stream().filter(r -> r.get("incident_id").equals("PORTAL-1")).findFirst()
                .orElseThrow();
        assertEquals("Healthcare Provider", given.get("entity_type"));
        assertEquals("2026-06-03", given.get("breach_end_date"));
        assertEquals("Theft", given.get("type_of_breach"));
        assertTrue(given.get("safeguards_in_place").startsWith("Privacy Rule Safeguards"), given.toString());
        assertEquals("individual_notice_sent_on", given.get("missing_portal_fields"));

        CSVRecord lacking = rows.stream().filter(r -> !r.get("incident_id").equals("PORTAL-1")).findFirst()
                .orElseThrow();
        assertEquals("", lacking.get("safeguards_in_place"), "not \"none recorded\", which reads like an answer");
        for (String column : List.of("entity_type", "entity_address", "entity_contact", "breach_end_date",
                "description", "safeguards_in_place")) {
            assertTrue(lacking.get("missing_portal_fields").contains(column), column + ": " + lacking);
        }
        assertFalse(ENUM_NAME.matcher(Files.readString(csv).lines().skip(1)
                .map(l -> l.replace("PORTAL-1", "")).reduce("", String::concat)).find(), Files.readString(csv));
    }
}
