package org.breachrules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.time.LocalDate;
import java.util.List;
import org.breachrules.api.Basis;
import org.breachrules.api.Impact;
import org.breachrules.api.WhatIf;
import org.breachrules.api.MissingFact;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Recipient;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.junit.jupiter.api.Test;

class DeterminationJsonTest {

    private static final List<String> DETERMINATION_FIELDS = List.of("incidentId", "breach", "basis",
            "clockStartedOn", "riskAssessment", "notifications", "findings", "actions", "missingFacts",
            "retainDocumentationUntil",
            "evaluatedOn", "rulesVersion", "stateObligations", "stateLawsAsOf");

    private final ObjectMapper mapper = new ObjectMapper();
    private final DeterminationReader reader = new DeterminationReader();

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void whenWhatIfsAreAttached_thenTheyAreWrittenLastInTheContractShapeAndReadBack() throws Exception {
        // Given
        WhatIf w = new WhatIf("affected.byJurisdiction.TX", "501 residents of TX had been affected", true,
                Basis.PRESUMED_BREACH_NO_ASSESSMENT, List.of("MEDIA:TX"), List.of(), false,
                "If 501 residents of TX had been affected: notice owed to MEDIA:TX.");
        Determination determination = Fixtures.fullDetermination().withWhatIf(List.of(w));

        // When
        String json = DeterminationWriter.compact().write(determination);

        // Then
        JsonNode tree = mapper.readTree(json);
        List<String> expected = new ArrayList<>(DETERMINATION_FIELDS);
        expected.add("whatIf");
        assertEquals(expected, names(tree));
        assertEquals(List.of("field", "change", "breach", "basis", "notificationsAdded", "notificationsRemoved",
                "deadlinesMoved", "message", "kind"), names(tree.get("whatIf").get(0)));
        assertEquals(determination, reader.read(json));
        assertEquals(List.of(), reader.read(DeterminationWriter.compact().write(
                Fixtures.noBreach().withWhatIf(List.of()))).whatIf(), "asked for, none: an empty array");
        assertFalse(mapper.readTree(DeterminationWriter.compact().write(Fixtures.noBreach())).has("whatIf"),
                "not asked for: absent");
    }

    @Test
    void whenDeterminationIsWrittenAndReadBack_thenItIsEqual() {
        // Given
        Determination determination = Fixtures.fullDetermination();

        // When
        String compact = DeterminationWriter.compact().write(determination);
        String pretty = DeterminationWriter.pretty().write(determination);

        // Then
        assertEquals(determination, reader.read(compact));
        assertEquals(determination, reader.read(pretty));
        assertEquals(Fixtures.noBreach(), reader.read(DeterminationWriter.compact().write(Fixtures.noBreach())));
    }

    @Test
    void whenListIsWritten_thenItIsAnArrayThatReadsBackEqual() {
        // Given
        List<Determination> determinations = List.of(Fixtures.fullDetermination(), Fixtures.noBreach());

        // When
        String json = DeterminationWriter.pretty().write(determinations);

        // Then
        assertTrue(json.startsWith("["));
        assertEquals(determinations, reader.readAll(json));
        assertEquals(List.of(Fixtures.noBreach()),
                reader.readAll(DeterminationWriter.compact().write(Fixtures.noBreach())));
    }

    @Test
    void whenWritten_thenFieldNamesAndOrderAreExactlyTheContracts() throws Exception {
        // Given
        Determination determination = Fixtures.fullDetermination();

        // When
        JsonNode tree = mapper.readTree(DeterminationWriter.compact().write(determination));

        // Then
        assertEquals(DETERMINATION_FIELDS, names(tree));
        assertEquals(List.of("natureAndExtent", "unauthorizedRecipient", "acquiredOrViewed", "mitigation",
                "lowProbabilityOfCompromise"), names(tree.get("riskAssessment")));
        JsonNode individuals = tree.get("notifications").get(0);
        assertEquals(List.of("recipient", "deadline", "delayedUntil", "citation", "substituteNotice",
                "urgentTelephone", "content", "status", "daysRemaining", "sentOn", "dependsOn", "notifiedSoFar", "performedBy"), names(individuals));
        assertEquals(List.of("form", "individuals", "postingDays", "tollFreeNumberDays"),
                names(individuals.get("substituteNotice")));
        JsonNode media = tree.get("notifications").get(1);
        assertEquals(List.of("recipient", "jurisdiction", "deadline", "citation", "content", "status",
                "daysRemaining", "sentOn", "dependsOn", "notifiedSoFar", "performedBy"), names(media));
        assertEquals("CA", media.get("jurisdiction").textValue());
        JsonNode hhs = tree.get("notifications").get(2);
        assertEquals(List.of("recipient", "deadline", "citation", "content", "status", "daysRemaining", "sentOn",
                "dependsOn", "notifiedSoFar", "performedBy"), names(hhs));
        assertEquals(-3, hhs.get("daysRemaining").intValue());
        assertEquals("OVERDUE", hhs.get("status").textValue());
        assertTrue(hhs.get("sentOn").isNull());
        assertEquals(List.of("rule", "citation", "message"), names(tree.get("findings").get(0)));
        assertEquals(List.of("phase", "action"), names(tree.get("actions").get(0)));
        assertEquals("2027-02-25", tree.get("clockStartedOn").textValue());
        assertEquals("2033-03-15", tree.get("retainDocumentationUntil").textValue());
        assertEquals("2027-03-15", tree.get("evaluatedOn").textValue());
    }

    @Test
    void whenTheDeterminationCarriesVersion11Fields_thenTheyAreWrittenAndReadBack() throws Exception {
        // Given an unknown-state media duty, a sent notice and a missing fact
        Determination base = Fixtures.fullDetermination();
        Notification unknownState = new Notification(Recipient.MEDIA, null, LocalDate.of(2027, 4, 26), null,
                "45 CFR 164.406(a)", null, false, List.of(), NotificationStatus.UNDETERMINED, 42L, null,
                List.of("affected.byJurisdiction"));
        Notification sent = new Notification(Recipient.HHS, null, LocalDate.of(2027, 4, 26), null,
                "45 CFR 164.408(b)", null, false, List.of(), NotificationStatus.SENT_LATE, null,
                LocalDate.of(2027, 4, 30), List.of());
        Determination d = new Determination(base.incidentId(), true, base.basis(), base.clockStartedOn(), null,
                List.of(unknownState, sent), List.of(), List.of(),
                List.of(new MissingFact("affected.byJurisdiction", "Find out where they live.", List.of(Impact.MEDIA))),
                base.retainDocumentationUntil(), base.evaluatedOn(), base.rulesVersion());

        // When
        String json = DeterminationWriter.compact().write(d);
        JsonNode tree = mapper.readTree(json);

        // Then the unknown state is an explicit null, a sent notice has no days remaining, and all reads back
        JsonNode media = tree.get("notifications").get(0);
        assertTrue(media.get("jurisdiction").isNull());
        assertEquals("UNDETERMINED", media.get("status").textValue());
        assertEquals("affected.byJurisdiction", media.get("dependsOn").get(0).textValue());
        JsonNode hhs = tree.get("notifications").get(1);
        assertTrue(hhs.get("daysRemaining").isNull());
        assertEquals("2027-04-30", hhs.get("sentOn").textValue());
        assertEquals(List.of("field", "message", "couldChange"), names(tree.get("missingFacts").get(0)));
        assertEquals("MEDIA", tree.get("missingFacts").get(0).get("couldChange").get(0).textValue());
        assertEquals(d, new DeterminationReader().read(json));
    }

    @Test
    void whenNoBreach_thenRiskAssessmentIsNullAndNotificationsEmpty() throws Exception {
        // Given
        Determination determination = Fixtures.noBreach();

        // When
        JsonNode tree = mapper.readTree(DeterminationWriter.compact().write(determination));

        // Then
        assertEquals(DETERMINATION_FIELDS, names(tree));
        assertTrue(tree.get("riskAssessment").isNull());
        assertTrue(tree.get("notifications").isArray());
        assertEquals(0, tree.get("notifications").size());
        assertFalse(tree.get("breach").booleanValue());
    }

    @Test
    void whenIndividualsNoticeHasSmallOrNoSubstituteNotice_thenItIsWrittenWithExplicitNulls() throws Exception {
        // Given
        Determination small = new Determination("A", true, Fixtures.fullDetermination().basis(),
                Fixtures.AS_OF, null, List.of(Fixtures.individualsWithSmallSubstitute()), List.of(), List.of(),
                Fixtures.AS_OF.plusYears(6), Fixtures.AS_OF, "v");
        var n = Fixtures.individualsWithSmallSubstitute();
        Determination none = new Determination("B", true, small.basis(), Fixtures.AS_OF, null,
                List.of(new org.breachrules.api.Notification(n.recipient(), null, n.deadline(), null, n.citation(),
                        null, false, n.content(), n.daysRemaining())),
                List.of(), List.of(), Fixtures.AS_OF.plusYears(6), Fixtures.AS_OF, "v");

        // When
        JsonNode smallTree = mapper.readTree(DeterminationWriter.compact().write(small));
        JsonNode noneTree = mapper.readTree(DeterminationWriter.compact().write(none));

        // Then
        JsonNode substitute = smallTree.get("notifications").get(0).get("substituteNotice");
        assertEquals("ALTERNATIVE_WRITTEN_OR_TELEPHONE", substitute.get("form").textValue());
        assertTrue(substitute.has("postingDays") && substitute.get("postingDays").isNull());
        assertTrue(substitute.has("tollFreeNumberDays") && substitute.get("tollFreeNumberDays").isNull());
        JsonNode noneNotice = noneTree.get("notifications").get(0);
        assertTrue(noneNotice.has("substituteNotice") && noneNotice.get("substituteNotice").isNull());
        assertFalse(noneNotice.get("urgentTelephone").booleanValue());
        assertEquals(small, reader.read(DeterminationWriter.pretty().write(small)));
        assertEquals(none, reader.read(DeterminationWriter.pretty().write(none)));
    }

    @Test
    void whenCompact_thenOneLine_andWhenPretty_thenIndentedWithLineFeedsOnly() {
        // Given
        Determination determination = Fixtures.fullDetermination();

        // When
        String compact = DeterminationWriter.compact().write(determination);
        String pretty = DeterminationWriter.pretty().write(determination);

        // Then
        assertFalse(compact.contains("\n"));
        assertTrue(compact.startsWith("{\"incidentId\":\"INC-2027-001\",\"breach\":true,"));
        assertTrue(pretty.startsWith("{\n  \"incidentId\": \"INC-2027-001\",\n  \"breach\": true,\n"), pretty);
        assertFalse(pretty.contains("\r"));
        assertTrue(DeterminationWriter.compact().write(Fixtures.noBreach()).contains("\"notifications\":[]"));
        assertTrue(DeterminationWriter.pretty().write(Fixtures.noBreach()).contains("\"notifications\": [],"));
    }

    @Test
    void whenWrittenToWriterAndStream_thenSameAsString() {
        // Given
        Determination determination = Fixtures.fullDetermination();
        StringWriter writer = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        // When
        DeterminationWriter.compact().write(determination, writer);
        DeterminationWriter.compact().write(determination, bytes);

        // Then
        String expected = DeterminationWriter.compact().write(determination);
        assertEquals(expected, writer.toString());
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
        assertEquals(determination, reader.read(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void whenDeterminationJsonHasWrongType_thenReaderNamesTheField() {
        // Given
        String json = DeterminationWriter.compact().write(Fixtures.fullDetermination())
                .replace("\"daysRemaining\":42", "\"daysRemaining\":\"42\"");

        // When
        BreachRulesException e = assertThrows(BreachRulesException.class, () -> reader.read(json));

        // Then
        assertTrue(e.getMessage().startsWith("notifications[1].daysRemaining: "), e.getMessage());
    }

    @Test
    void whenDeterminationJsonHasUnknownFields_thenReaderIgnoresThem() {
        // Given
        String json = DeterminationWriter.compact().write(Fixtures.noBreach())
                .replace("{\"incidentId\"", "{\"future\":{\"x\":1},\"incidentId\"");

        // When
        Determination read = reader.read(json);

        // Then
        assertEquals(Fixtures.noBreach(), read);
    }
}
