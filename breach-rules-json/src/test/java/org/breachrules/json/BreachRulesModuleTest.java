package org.breachrules.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Violation;
import org.breachrules.json.BreachRulesModule.InvalidIncidentJsonException;
import org.junit.jupiter.api.Test;

/**
 * A host's own, lenient ObjectMapper (as Spring Boot configures one: unknown properties ignored, another naming
 * strategy, nulls left out) with the module registered reads and writes exactly as the contract says.
 */
class BreachRulesModuleTest {
    private static final Clock NOV_20 = Clock.fixed(LocalDate.of(2026, 11, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private static ObjectMapper lenientHostMapper() {
        return new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .registerModule(new BreachRulesModule(NOV_20));
    }

    private static final String THREE_PROBLEMS = """
            {"id": "INC-1", "reporter": {"role": "COVERED_ENTITY"}, "discoveredOn": "2026-06-01",
             "phiInvolved": true, "phiInvolved": false, "permittedByPrivacyRule": "no",
             "affected": {"total": 10}, "colour": "red"}
            """;

    @Test
    void whenAnIncidentHasThreeProblems_thenAllThreeAreReportedWithTheirPaths() {
        InvalidIncidentJsonException e = assertThrows(InvalidIncidentJsonException.class,
                () -> lenientHostMapper().readValue(THREE_PROBLEMS, Incident.class));
        List<String> fields = e.violations().stream().map(Violation::field).toList();
        assertEquals(3, fields.size(), e.violations().toString());
        assertTrue(fields.containsAll(List.of("phiInvolved", "permittedByPrivacyRule", "colour")), fields.toString());
    }

    @Test
    void whenTheEvaluationDateIsFixed_thenADiscoveryAfterItIsAProblem() {
        String later = "{\"id\": \"INC-2\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2026-12-01\","
                + " \"phiInvolved\": true, \"permittedByPrivacyRule\": false, \"affected\": {\"total\": 10}}";
        InvalidIncidentJsonException e = assertThrows(InvalidIncidentJsonException.class,
                () -> lenientHostMapper().readValue(later, Incident.class));
        assertEquals("discoveredOn", e.violations().get(0).field());
    }

    @Test
    void whenADeterminationIsWritten_thenItIsTheContractsJsonWhateverTheMappersSettings() throws Exception {
        Determination d = Fixtures.fullDetermination();
        ObjectMapper mapper = lenientHostMapper();
        JsonNode written = mapper.readTree(mapper.writeValueAsString(d));
        JsonNode contract = new ObjectMapper().readTree(DeterminationWriter.compact().write(d));
        assertEquals(contract, written);
        assertEquals(fieldOrder(contract), fieldOrder(written), "the contract's field order");
        assertEquals(d, mapper.readValue(mapper.writeValueAsString(d), Determination.class));
    }

    @Test
    void whenIncidentsAreWrittenAndReadInAList_thenTheyComeBackEqual() throws Exception {
        ObjectMapper mapper = lenientHostMapper();
        Incident incident = new IncidentReader().read("""
                {"id": "INC-3", "reporter": {"role": "COVERED_ENTITY"}, "discoveredOn": "2026-06-01",
                 "phiInvolved": true, "permittedByPrivacyRule": false,
                 "affected": {"total": 600, "byJurisdiction": {"TX": 600}}}
                """, LocalDate.of(2026, 11, 20)).incidents().get(0);
        String json = mapper.writeValueAsString(List.of(incident, incident));
        List<Incident> back = mapper.readValue(json, new TypeReference<List<Incident>>() { });
        assertEquals(List.of(incident, incident), back);
    }

    private static String fieldOrder(JsonNode node) {
        StringBuilder names = new StringBuilder();
        node.fieldNames().forEachRemaining(n -> names.append(n).append(','));
        return names.toString();
    }
}
