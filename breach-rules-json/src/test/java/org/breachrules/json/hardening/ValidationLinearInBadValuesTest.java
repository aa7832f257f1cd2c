package org.breachrules.json.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;

import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 14, item 2: reading stays linear in the number of bad list values. 40,000 bad {@code locations} took 31 s
 * when each problem was checked against every other; the generous timeout only catches a return of that.
 */
class ValidationLinearInBadValuesTest {
    private static final int BAD = 40_000;

    @Test
    @Timeout(20)
    void whenAListHoldsFortyThousandBadValues_thenEachIsReportedOnce() {
        StringBuilder locations = new StringBuilder();
        for (int i = 0; i < BAD; i++) {
            locations.append(i == 0 ? "" : ",").append("\"X").append(i % 10).append('"');
        }
        String json = "{\"id\": \"A\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2027-03-01\","
                + " \"phiInvolved\": true, \"permittedByPrivacyRule\": false, \"affected\": {\"total\": 1},"
                + " \"locations\": [" + locations + "]}";
        ReadResult result = new IncidentReader().read(json, LocalDate.of(2027, 3, 15));
        assertFalse(result.ok());
        assertEquals(BAD, result.violations().size(), "one problem per bad value, none repeated by the validator");
        assertEquals("locations[39999]", result.violations().get(BAD - 1).field());
    }
}
