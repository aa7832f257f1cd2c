package org.breachrules.json.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.Violation;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;

/** Issue 14, item 7: an unknown field named {@code ""} is one problem among the others, and hides none of them. */
class UnknownFieldWithAnEmptyNameTest {
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 15);

    @Test
    void whenAnIncidentHasAnEmptyFieldName_thenItAndEveryOtherProblemAreReported() {
        // Given an empty field name, a missing id and a bad count
        String json = "{\"\": 1, \"reporter\": {\"role\": \"COVERED_ENTITY\", \"\": true},"
                + " \"discoveredOn\": \"2027-03-01\", \"phiInvolved\": true, \"permittedByPrivacyRule\": false,"
                + " \"affected\": {\"total\": -1}}";
        // When
        ReadResult result = new IncidentReader().read(json, AS_OF);
        // Then every problem is there, the empty names shown as ""
        List<String> fields = result.violations().stream().map(Violation::field).toList();
        assertEquals(List.of("\"\"", "reporter.\"\"", "affected.total", "id"), fields, result.violations().toString());
    }
}
