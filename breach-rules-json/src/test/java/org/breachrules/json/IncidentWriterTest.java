package org.breachrules.json;

import static org.breachrules.json.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.breachrules.api.Affected;
import org.breachrules.api.Incident;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.junit.jupiter.api.Test;

class IncidentWriterTest {

    private final IncidentReader reader = new IncidentReader();

    @Test
    void whenFullIncidentIsWrittenAndReadBack_thenItIsEqual() {
        // Given
        Incident incident = Fixtures.fullIncident();

        // When
        String compact = IncidentWriter.compact().write(incident);
        String pretty = IncidentWriter.pretty().write(incident);

        // Then
        assertEquals(List.of(incident), reader.read(compact, AS_OF).incidents());
        assertEquals(List.of(incident), reader.read(pretty, AS_OF).incidents());
        assertFalse(compact.contains("\n"));
        assertFalse(pretty.contains("\r"));
    }

    @Test
    void whenFullIncidentIsWritten_thenItIsTheSameTreeAsTheContractExample() throws Exception {
        // Given
        ObjectMapper mapper = new ObjectMapper();

        // When
        JsonNode written = mapper.readTree(IncidentWriter.pretty().write(Fixtures.fullIncident()));

        // Then
        assertEquals(mapper.readTree(Fixtures.FULL_INCIDENT_JSON), written);
    }

    @Test
    void whenMinimalIncidentIsWritten_thenNullsAndEmptyOptionalsAreLeftOut() {
        // Given
        Incident incident = Incident.builder().id("A").reporter(Reporter.of(Role.BUSINESS_ASSOCIATE))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(Affected.total(3)).build();

        // When
        String json = IncidentWriter.compact().write(incident);

        // Then
        assertEquals("{\"id\":\"A\",\"reporter\":{\"role\":\"BUSINESS_ASSOCIATE\"},\"discoveredOn\":\"2027-03-01\","
                + "\"phiInvolved\":true,\"permittedByPrivacyRule\":false,\"affected\":{\"total\":3}}", json);
        assertEquals(List.of(incident), reader.read(json, AS_OF).incidents());
    }

    @Test
    void whenListIsWrittenToAStream_thenItReadsBackAsAnArray() {
        // Given
        Incident first = Fixtures.fullIncident();
        Incident second = first.toBuilder().id("INC-2").ransomware(false).locations(List.of()).build();

        // When
        String json = IncidentWriter.pretty().write(List.of(first, second));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IncidentWriter.compact().write(second, bytes);

        // Then
        ReadResult result = reader.read(json, AS_OF);
        assertTrue(result.array());
        assertEquals(List.of(first, second), result.incidents());
        assertEquals(List.of(second), reader.read(bytes.toString(StandardCharsets.UTF_8), AS_OF).incidents());
    }
}
