package org.breachrules.json;

import static org.breachrules.json.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.breachrules.api.Incident;
import org.breachrules.api.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IncidentReaderTest {

    private final IncidentReader reader = new IncidentReader();

    /** The minimal valid incident with {@code extra} spliced in as more top-level fields. */
    private static String minimalWith(String extra) {
        return """
                {"id": "A-1", "reporter": {"role": "COVERED_ENTITY"}, "discoveredOn": "2027-03-01",
                 "phiInvolved": true, "permittedByPrivacyRule": false, %s}
                """.formatted(extra);
    }

    private static String withAffected(String affected) {
        return minimalWith("\"affected\": " + affected);
    }

    private static List<String> fields(ReadResult result) {
        return result.violations().stream().map(Violation::field).collect(Collectors.toList());
    }

    @Test
    void whenFullIncidentIsRead_thenItBindsToTheExpectedRecord() {
        // Given
        String json = Fixtures.FULL_INCIDENT_JSON;

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertEquals(List.of(), result.violations());
        assertTrue(result.ok());
        assertFalse(result.array());
        assertEquals(List.of(Fixtures.fullIncident()), result.incidents());
    }

    @Test
    void whenEveryFormat12FieldIsGiven_thenEachBindsAndWritesBackTheSame() {
        // Given an incident with every 1.2 field
        String json = """
                {"id": "V12", "reporter": {"role": "COVERED_ENTITY", "name": "Example Health",
                  "notificationDelegatedTo": "BUSINESS_ASSOCIATE", "entityType": "HEALTHCARE_PROVIDER",
                  "address": {"street": "1 Main St", "city": "Springfield", "state": "OH", "zip": "45501"},
                  "contact": {"name": "A. Officer", "title": "Privacy Officer", "phone": "555-0100",
                              "email": "privacy@example.org"}},
                 "occurredOn": "2027-02-01", "occurredUntil": "2027-02-03", "discoveredOn": "2027-03-01",
                 "phiInvolved": true, "permittedByPrivacyRule": false,
                 "safeguards": {"encryption": {"standard": "NIST_SP_800_52", "keyCompromised": false,
                                "decryptedWhenCompromised": false, "dataState": "IN_MOTION"}},
                 "riskAssessment": {"phiTypes": ["NAME"], "recipient": "MALICIOUS_ACTOR", "acquiredOrViewed": "NO",
                                    "mitigations": ["RESTORED_FROM_BACKUP"], "deliberateMisuse": false,
                                    "forensicEvidence": "IR-1"},
                 "affected": {"total": 10, "insufficientContactInfo": 0},
                 "lawEnforcementDelay": {"statements": [{"form": "ORAL", "statedOn": "2027-03-02"},
                   {"form": "WRITTEN", "statedOn": "2027-03-05", "official": "Agent X", "delayUntil": "2027-05-01"}]},
                 "ransomware": true,
                 "noticesSent": [{"recipient": "INDIVIDUALS", "sentOn": "2027-03-10", "count": 4,
                                  "method": "FIRST_CLASS_MAIL", "sentBy": "BUSINESS_ASSOCIATE"},
                                 {"recipient": "INDIVIDUALS", "sentOn": "2027-03-12", "count": 6}],
                 "description": "A server was encrypted by ransomware.",
                 "safeguardsInPlace": ["PRIVACY_RULE", "SECURITY_RULE_TECHNICAL"]}
                """;
        // When
        ReadResult result = reader.read(json, AS_OF);
        // Then
        assertTrue(result.ok(), result.violations()::toString);
        Incident i = result.incidents().get(0);
        assertEquals(org.breachrules.api.NotificationDelegate.BUSINESS_ASSOCIATE, i.reporter().notificationDelegatedTo());
        assertEquals("45501", i.reporter().address().zip());
        assertEquals(org.breachrules.api.DataState.IN_MOTION, i.safeguards().encryption().dataState());
        assertEquals(Boolean.FALSE, i.riskAssessment().deliberateMisuse());
        assertEquals("IR-1", i.riskAssessment().forensicEvidence());
        assertEquals(2, i.lawEnforcementDelay().allStatements().size());
        assertEquals(6, i.noticesSent().get(1).count());
        assertEquals(java.time.LocalDate.of(2027, 2, 3), i.occurredUntil());
        assertEquals(2, i.safeguardsInPlace().size());
        ReadResult again = reader.read(IncidentWriter.compact().write(i), AS_OF);
        assertEquals(i, again.incidents().get(0));
    }

    @Test
    void whenReadFromUtf8Stream_thenSameAsFromString() {
        // Given
        byte[] bytes = Fixtures.FULL_INCIDENT_JSON.getBytes(StandardCharsets.UTF_8);

        // When
        ReadResult result = reader.read(new ByteArrayInputStream(bytes), AS_OF);

        // Then
        assertEquals(List.of(Fixtures.fullIncident()), result.incidents());
    }

    @Test
    void whenArrayOfValidIncidents_thenAllBindInOrderAndArrayIsFlagged() {
        // Given
        String json = "[" + Fixtures.minimalIncidentJson("A") + "," + Fixtures.minimalIncidentJson("B") + "]";

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertTrue(result.ok(), result.violations()::toString);
        assertTrue(result.array());
        assertEquals(List.of("A", "B"), result.incidents().stream().map(Incident::id).collect(Collectors.toList()));
    }

    @Test
    void whenOptionalFieldIsExplicitNull_thenItIsTheSameAsAbsent() {
        // Given
        String json = minimalWith("\"occurredOn\": null, \"locations\": null, \"ransomware\": null, "
                + "\"breachType\": null, \"affected\": {\"total\": 12, \"byJurisdiction\": null}");

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertTrue(result.ok(), result.violations()::toString);
        Incident incident = result.incidents().get(0);
        assertEquals(null, incident.occurredOn());
        assertEquals(List.of(), incident.locations());
        assertFalse(incident.ransomware());
    }

    @Test
    void whenIntegerIsWrittenWithZeroFraction_thenItIsAccepted() {
        // Given
        String json = withAffected("{\"total\": 12.0}");

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertTrue(result.ok(), result.violations()::toString);
        assertEquals(12, result.incidents().get(0).affected().total());
    }

    static Stream<Arguments> malformed() {
        String valid = Fixtures.minimalIncidentJson("OK");
        return Stream.of(
                arguments("truncated JSON", "{\"id\": \"A\", \"reporter\": {",
                        List.of("$"), "unexpected end of input"),
                arguments("empty input", "", List.of("$"), "empty input"),
                arguments("blank input", " \n\t ", List.of("$"), "empty input"),
                arguments("JSON string", "\"an incident\"", List.of("$"),
                        "expected an incident object or an array of incidents"),
                arguments("JSON number", "42", List.of("$"), "expected an incident object or an array of incidents"),
                arguments("JSON null", "null", List.of("$"), "expected an incident object or an array of incidents"),
                arguments("trailing content", valid + " {}", List.of("$"), "malformed JSON at line"),
                arguments("not JSON at all", "id=1", List.of("$"), "malformed JSON at line 1"),
                arguments("unknown top-level field", minimalWith("\"affected\": {\"total\": 1}, \"colour\": 1"),
                        List.of("colour"), "unknown field"),
                arguments("unknown nested field", minimalWith("\"affected\": {\"total\": 1}")
                                .replace("\"COVERED_ENTITY\"}", "\"COVERED_ENTITY\", \"colour\": \"red\"}"),
                        List.of("reporter.colour"), "unknown field"),
                arguments("boolean as string", valid.replace("\"phiInvolved\": true", "\"phiInvolved\": \"true\""),
                        List.of("phiInvolved"), "expected a boolean (true or false), got \"true\""),
                arguments("integer as string", withAffected("{\"total\": \"12\"}"),
                        List.of("affected.total"), "expected an integer, got \"12\""),
                arguments("non-integral number", withAffected("{\"total\": 12.5}"),
                        List.of("affected.total"), "expected an integer, got 12.5"),
                arguments("integer out of range", withAffected("{\"total\": 3000000000}"),
                        List.of("affected.total"), "out of range"),
                arguments("date as number", valid.replace("\"2027-03-01\"", "20270301"),
                        List.of("discoveredOn"), "expected a date (YYYY-MM-DD), got a number of 8 characters"),
                arguments("array as string", minimalWith("\"affected\": {\"total\": 1}, \"locations\": \"LAPTOP\""),
                        List.of("locations"), "expected an array, got \"LAPTOP\""),
                arguments("object as string", valid.replace("{\"role\": \"COVERED_ENTITY\"}", "\"COVERED_ENTITY\""),
                        List.of("reporter"), "expected an object, got \"COVERED_ENTITY\""),
                arguments("unknown enum value", minimalWith("\"affected\": {\"total\": 1}, \"breachType\": \"HACK\""),
                        List.of("breachType"), "unknown value \"HACK\"; allowed: HACKING_IT_INCIDENT, "
                                + "UNAUTHORIZED_ACCESS_DISCLOSURE, THEFT, LOSS, IMPROPER_DISPOSAL, OTHER"),
                arguments("enum value in other case", valid.replace("COVERED_ENTITY", "covered_entity"),
                        List.of("reporter.role"), "unknown value \"covered_entity\"; allowed: COVERED_ENTITY, "
                                + "BUSINESS_ASSOCIATE"),
                arguments("unknown enum in a list", minimalWith("\"affected\": {\"total\": 1}, \"riskAssessment\": "
                                + "{\"phiTypes\": [\"NAME\", \"DNA\"], \"recipient\": \"UNKNOWN\", "
                                + "\"acquiredOrViewed\": \"NO\", \"mitigations\": []}"),
                        List.of("riskAssessment.phiTypes[1]"), "unknown value \"DNA\"; allowed: NAME, ADDRESS"),
                arguments("null array element", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"locations\": [\"LAPTOP\", null]"),
                        List.of("locations[1]"), "must not be null"),
                arguments("impossible day", valid.replace("2027-03-01", "2027-02-30"),
                        List.of("discoveredOn"), "a text of 10 characters is not a valid date (YYYY-MM-DD)"),
                arguments("impossible month", minimalWith("\"affected\": {\"total\": 1}, \"occurredOn\": \"2027-13-01\""),
                        List.of("occurredOn"), "a text of 10 characters is not a valid date (YYYY-MM-DD)"),
                arguments("date in another format", valid.replace("2027-03-01", "03/01/2027"),
                        List.of("discoveredOn"), "is not a valid date"),
                arguments("negative count", withAffected("{\"total\": -1}"),
                        List.of("affected.total"), "must not be negative, was -1"),
                arguments("byJurisdiction over total", withAffected("{\"total\": 12, \"byJurisdiction\": "
                                + "{\"CA\": 10, \"TX\": 5}}"),
                        List.of("affected.byJurisdiction"), "add up to 15, more than affected.total 12"),
                arguments("unknown jurisdiction", withAffected("{\"total\": 12, \"byJurisdiction\": {\"XX\": 1}}"),
                        List.of("affected.byJurisdiction.XX"), "unknown jurisdiction; allowed: AL, AK, AZ"),
                arguments("occurredOn after discoveredOn",
                        minimalWith("\"affected\": {\"total\": 1}, \"occurredOn\": \"2027-03-02\""),
                        List.of("occurredOn"), "is after discoveredOn"),
                arguments("discoveredOn after the evaluation date", valid.replace("2027-03-01", "2027-03-16"),
                        List.of("discoveredOn"), "is after the evaluation date 2027-03-15"),
                arguments("written delay ending before its statement", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"lawEnforcementDelay\": {\"written\": {\"statedOn\": \"2027-03-05\", "
                                + "\"delayUntil\": \"2027-03-04\"}}"),
                        List.of("lawEnforcementDelay.written.delayUntil"), "ends before the statement's date"),
                arguments("written delay with no end is valid (1.1)", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"lawEnforcementDelay\": {\"written\": {\"statedOn\": \"2027-03-05\"}}, "
                                + "\"colour\": 1"),
                        List.of("colour"), "unknown field"),
                arguments("law-enforcement statement after the evaluation date", minimalWith("\"affected\": "
                                + "{\"total\": 1}, \"lawEnforcementDelay\": {\"oral\": {\"statedOn\": \"2031-03-05\"}}"),
                        List.of("lawEnforcementDelay.oral.statedOn"), "is after the evaluation date 2027-03-15"),
                arguments("notice sent after the evaluation date", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"noticesSent\": [{\"recipient\": \"HHS\", \"sentOn\": \"2027-03-16\"}]"),
                        List.of("noticesSent[0].sentOn"), "is after the evaluation date 2027-03-15"),
                arguments("notice sent before discovery", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"noticesSent\": [{\"recipient\": \"HHS\", \"sentOn\": \"2027-02-28\"}]"),
                        List.of("noticesSent[0].sentOn"), "is before discoveredOn 2027-03-01"),
                arguments("the same notice twice", minimalWith("\"affected\": {\"total\": 1}, \"noticesSent\": ["
                                + "{\"recipient\": \"MEDIA\", \"jurisdiction\": \"TX\", \"sentOn\": \"2027-03-02\"},"
                                + "{\"recipient\": \"MEDIA\", \"jurisdiction\": \"TX\", \"sentOn\": \"2027-03-03\"}]"),
                        List.of("noticesSent[1]"), "already records a MEDIA notice for TX"),
                arguments("media notice without its state", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"noticesSent\": [{\"recipient\": \"MEDIA\", \"sentOn\": \"2027-03-02\"}]"),
                        List.of("noticesSent[0].jurisdiction"), "is required"),
                arguments("unknown field in a notice sent", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"noticesSent\": [{\"recipient\": \"HHS\", \"sentOn\": \"2027-03-02\", \"by\": 1}]"),
                        List.of("noticesSent[0].by"), "unknown field"),
                arguments("unknown recipient of a notice sent", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"noticesSent\": [{\"recipient\": \"PRESS\", \"sentOn\": \"2027-03-02\"}]"),
                        List.of("noticesSent[0].recipient"), "unknown value \"PRESS\"; allowed: INDIVIDUALS, HHS"),
                arguments("deceased above total", withAffected("{\"total\": 12, \"deceased\": 13}"),
                        List.of("affected.deceased"), "is 13, more than affected.total 12"),
                arguments("deceased without next of kin above deceased", withAffected("{\"total\": 12, "
                                + "\"deceased\": 2, \"deceasedWithoutNextOfKinContact\": 3}"),
                        List.of("affected.deceasedWithoutNextOfKinContact"), "is 3, more than affected.deceased 2"),
                arguments("unknown 1.1 mitigation", minimalWith("\"affected\": {\"total\": 1}, \"riskAssessment\": "
                                + "{\"phiTypes\": [\"NAME\"], \"recipient\": \"UNKNOWN\", "
                                + "\"acquiredOrViewed\": \"NO\", \"mitigations\": [\"PATCHED\"]}"),
                        List.of("riskAssessment.mitigations[0]"), "allowed: RETRIEVED, DESTROYED_WITH_ATTESTATION, "
                                + "CONFIDENTIALITY_ASSURANCE, REMOTE_WIPED, ACCESS_REVOKED, EXPOSURE_CLOSED, "
                                + "RESTORED_FROM_BACKUP, NONE"),
                arguments("(1.2) unreachable above the living", withAffected("{\"total\": 12, \"deceased\": 4, "
                                + "\"insufficientContactInfo\": 9}"),
                        List.of("affected.insufficientContactInfo"), "more than the 8 living individuals"),
                arguments("(1.2) businessAssociate object with a business-associate reporter", minimalWith(
                                "\"affected\": {\"total\": 1}, \"businessAssociate\": {\"discoveredOn\": \"2027-03-01\", "
                                + "\"agentOfCoveredEntity\": true}").replace("COVERED_ENTITY", "BUSINESS_ASSOCIATE"),
                        List.of("businessAssociate"), "does not apply to a BUSINESS_ASSOCIATE reporter"),
                arguments("(1.2) both contractual windows", minimalWith("\"affected\": {\"total\": 1}").replace(
                                "{\"role\": \"COVERED_ENTITY\"}", "{\"role\": \"BUSINESS_ASSOCIATE\", "
                                + "\"contractualNotificationDays\": 10, \"contractualNotificationBusinessDays\": 5}"),
                        List.of("reporter.contractualNotificationBusinessDays"), "not both"),
                arguments("(1.2) delegation by a business associate", minimalWith("\"affected\": {\"total\": 1}")
                                .replace("{\"role\": \"COVERED_ENTITY\"}", "{\"role\": \"BUSINESS_ASSOCIATE\", "
                                + "\"notificationDelegatedTo\": \"BUSINESS_ASSOCIATE\"}"),
                        List.of("reporter.notificationDelegatedTo"), "applies only to a COVERED_ENTITY reporter"),
                arguments("(1.2) waves mixed with an entry without count", minimalWith("\"affected\": {\"total\": 10}, "
                                + "\"noticesSent\": [{\"recipient\": \"INDIVIDUALS\", \"sentOn\": \"2027-03-02\", \"count\": 4},"
                                + "{\"recipient\": \"INDIVIDUALS\", \"sentOn\": \"2027-03-03\"}]"),
                        List.of("noticesSent[1].count"), "all give a count"),
                arguments("(1.2) waves adding up above total", minimalWith("\"affected\": {\"total\": 10}, "
                                + "\"noticesSent\": [{\"recipient\": \"INDIVIDUALS\", \"sentOn\": \"2027-03-02\", \"count\": 6},"
                                + "{\"recipient\": \"INDIVIDUALS\", \"sentOn\": \"2027-03-03\", \"count\": 5}]"),
                        List.of("noticesSent"), "add up to 11, more than affected.total 10"),
                arguments("(1.2) statements with the 1.1 objects", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"lawEnforcementDelay\": {\"oral\": {\"statedOn\": \"2027-03-05\"}, \"statements\": "
                                + "[{\"form\": \"WRITTEN\", \"statedOn\": \"2027-03-06\"}]}"),
                        List.of("lawEnforcementDelay"), "not both"),
                arguments("(1.2) unknown statement form", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"lawEnforcementDelay\": {\"statements\": [{\"form\": \"EMAIL\", \"statedOn\": \"2027-03-06\"}]}"),
                        List.of("lawEnforcementDelay.statements[0].form"), "allowed: ORAL, WRITTEN"),
                arguments("(1.2) a period on an oral statement", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"lawEnforcementDelay\": {\"statements\": [{\"form\": \"ORAL\", \"statedOn\": \"2027-03-06\", "
                                + "\"delayUntil\": \"2027-05-01\"}]}"),
                        List.of("lawEnforcementDelay.statements[0].delayUntil"), "applies only to a WRITTEN statement"),
                arguments("(1.2) occurredUntil before occurredOn", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"occurredOn\": \"2027-02-10\", \"occurredUntil\": \"2027-02-09\""),
                        List.of("occurredUntil"), "is before occurredOn"),
                arguments("(1.2) description too long, never echoed", minimalWith("\"affected\": {\"total\": 1}, "
                                + "\"description\": \"" + "Jane Doe ".repeat(500) + "\""),
                        List.of("description"), "at most 4000 characters, was 4500"),
                arguments("(1.2) unknown data state", minimalWith("\"affected\": {\"total\": 1}, \"safeguards\": "
                                + "{\"encryption\": {\"standard\": \"FIPS_140_VALIDATED\", \"keyCompromised\": false, "
                                + "\"decryptedWhenCompromised\": false, \"dataState\": \"FROZEN\"}}"),
                        List.of("safeguards.encryption.dataState"), "allowed: AT_REST, IN_MOTION"),
                arguments("required field missing", valid.replace("\"id\": \"OK\",", ""), List.of("id"), "is required"),
                arguments("required field explicit null", valid.replace("\"2027-03-01\"", "null"),
                        List.of("discoveredOn"), "is required"),
                arguments("duplicate key", valid.replace("\"id\": \"OK\",", "\"id\": \"OK\", \"id\": \"KO\","),
                        List.of("id"), "duplicate field at line"),
                arguments("array element not an object", "[" + valid + ", 7]", List.of("[1]"),
                        "expected an incident object, got a number"),
                arguments("array with a bad second incident", "[" + valid + ","
                                + valid.replace("\"total\": 12", "\"total\": \"12\"") + "]",
                        List.of("[1].affected.total"), "expected an integer, got \"12\""),
                arguments("duplicate key inside an array", "[" + valid + ","
                                + valid.replace("{\"role\": \"COVERED_ENTITY\"}",
                                        "{\"role\": \"COVERED_ENTITY\", \"role\": \"BUSINESS_ASSOCIATE\"}") + "]",
                        List.of("[1].reporter.role"), "duplicate field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void whenInputIsBad_thenEachProblemIsReportedOnceWithItsFieldPath(String name, String json,
                                                                      List<String> expectedFields, String message) {
        // Given: json

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertFalse(result.ok());
        assertEquals(expectedFields, fields(result), result.violations()::toString);
        assertTrue(result.violations().get(0).message().contains(message),
                () -> "message was: " + result.violations().get(0).message());
        assertEquals(List.of(), result.incidents());
        for (Violation v : result.violations()) {
            assertFalse(v.message().contains("\tat ") || v.message().contains("Exception"), v::toString);
            assertFalse(v.message().contains("\n"), v::toString);
        }
    }

    @Test
    void whenSeveralProblems_thenAllAreReportedTogetherInDocumentOrder() {
        // Given
        String json = """
                {
                  "id": 5,
                  "reporter": {"role": "COVERED_ENTITY", "colour": "red"},
                  "discoveredOn": "2027-02-30",
                  "permittedByPrivacyRule": "no",
                  "affected": {"total": "x", "byJurisdiction": {"XX": 1, "CA": -2}},
                  "breachType": "HACK"
                }
                """;

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertEquals(List.of("id", "reporter.colour", "discoveredOn", "permittedByPrivacyRule", "affected.total",
                "affected.byJurisdiction.XX", "affected.byJurisdiction.CA", "breachType", "phiInvolved"),
                fields(result), result.violations()::toString);
        assertEquals(new Violation("phiInvolved", "is required"), result.violations().get(8));
    }

    @Test
    void whenFieldHasBindingProblem_thenValidatorDoesNotReportItAgain() {
        // Given
        String json = Fixtures.minimalIncidentJson("A").replace("2027-03-01", "2027-02-30");

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertEquals(List.of(new Violation("discoveredOn", "a text of 10 characters is not a valid date (YYYY-MM-DD)")),
                result.violations());
    }

    @Test
    void whenArrayHasProblemsInSeveralIncidents_thenPathsArePrefixedWithTheirIndex() {
        // Given
        String valid = Fixtures.minimalIncidentJson("A");
        String json = "[" + valid.replace("\"phiInvolved\": true", "\"phiInvolved\": 1") + "," + valid + ","
                + valid.replace("COVERED_ENTITY", "HOSPITAL") + "]";

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertTrue(result.array());
        assertEquals(List.of("[0].phiInvolved", "[2].reporter.role"), fields(result));
    }

    @Test
    void whenMalformed_thenMessageGivesLineAndColumn() {
        // Given
        String json = "{\n  \"id\": \"A\",\n  \"reporter\": }\n";

        // When
        ReadResult result = reader.read(json, AS_OF);

        // Then
        assertEquals(1, result.violations().size());
        Violation v = result.violations().get(0);
        assertEquals("$", v.field());
        assertTrue(v.message().startsWith("malformed JSON at line 3, column "), v::toString);
    }
}
