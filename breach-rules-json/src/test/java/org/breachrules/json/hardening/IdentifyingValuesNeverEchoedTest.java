package org.breachrules.json.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 26: a value that could identify a person (a run of 4 or more digits, letters of both cases, a token of
 * malformed JSON) is never echoed, only its length and kind; enum values and field names still are.
 */
class IdentifyingValuesNeverEchoedTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final String BASE = "{\"id\": \"X-1\", \"reporter\": {\"role\": \"COVERED_ENTITY\"},"
            + " \"discoveredOn\": \"2026-06-01\", \"phiInvolved\": true, \"permittedByPrivacyRule\": false,"
            + " \"affected\": {\"total\": 10}";

    private static String messages(String json) {
        ReadResult r = new IncidentReader().read(json, AS_OF);
        assertFalse(r.ok(), json);
        return r.violations().stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"breachType\": \"123-45-6789\"|123-45-6789|a text of 11 characters",
        "\"breachType\": \"MRN00482913\"|MRN00482913|a text of 11 characters",
        "\"breachType\": \"JaneDoe\"|JaneDoe|a text of 7 characters",
        "\"phiInvolved\": 123456789|123456789|a number of 9 characters",
        "\"occurredOn\": \"1984-07-04T00:00\"|1984|a text of 16 characters"})
    void whenAValueCouldIdentifyAPerson_thenOnlyItsLengthAndKindAreShown(String field, String value, String shown) {
        String m = messages(BASE + ", " + field + "}");
        assertFalse(m.contains(value), m);
        assertTrue(m.contains(shown), m);
    }

    @Test
    void whenAnUnknownKeyIsAPersonsName_thenThePathShowsOnlyItsLength() {
        String m = messages(BASE + ", \"JaneDoe\": 1, \"affectedTotal\": 2}");
        assertFalse(m.contains("JaneDoe"), m);
        assertTrue(m.contains("<7 characters>"), m);
        assertTrue(m.contains("affectedTotal"), "a field-like name is fixed vocabulary: " + m);
    }

    @Test
    void whenMalformedJsonHoldsAnIdentifyingToken_thenTheMessageGivesItsLength() {
        String m = messages("{\"id\": Jane_Q_Patient_SSN_123456789}");
        assertFalse(m.contains("Jane") || m.contains("123456789"), m);
        assertTrue(m.contains("a 28-character token"), m);
    }

    @Test
    void whenAnEnumValueIsWrongButCodeLike_thenItIsStillShown() {
        String m = messages(BASE + ", \"breachType\": \"HACKING\", \"colour\": 1}");
        assertTrue(m.contains("unknown value \"HACKING\""), m);
        assertTrue(m.contains("colour"), m);
    }
}
