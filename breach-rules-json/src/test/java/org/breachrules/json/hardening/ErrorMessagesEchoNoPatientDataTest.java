package org.breachrules.json.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.breachrules.api.Violation;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 3: a message about a bad value never echoes what could be patient data. Free-text fields never echo
 * their value; elsewhere only a short code-like token is echoed, anything else by its length; a field name or key
 * that could be free text is shown by its length in the path.
 */
class ErrorMessagesEchoNoPatientDataTest {
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 15);

    private static String incident(String extra) {
        return "{\"id\": \"A\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2027-03-01\","
                + " \"phiInvolved\": true, \"permittedByPrivacyRule\": false, " + extra + "}";
    }

    private static String messages(ReadResult result) {
        StringBuilder s = new StringBuilder();
        for (Violation v : result.violations()) {
            s.append(v.field()).append(": ").append(v.message()).append('\n');
        }
        return s.toString();
    }

    @Test
    void whenANumberIsTypedIntoAFreeTextField_thenItIsNotEchoed() {
        ReadResult r = new IncidentReader().read(incident("\"affected\": {\"total\": 1}")
                .replace("{\"role\": \"COVERED_ENTITY\"}", "{\"role\": \"COVERED_ENTITY\", \"name\": 123456789}"),
                AS_OF);
        String m = messages(r);
        assertFalse(m.contains("123456789"), m);
        assertTrue(m.contains("reporter.name: expected a string, got a number"), m);
    }

    @Test
    void whenFreeTextLandsInACodeField_thenOnlyItsLengthIsShown() {
        ReadResult r = new IncidentReader().read(incident("\"affected\": {\"total\": 1},"
                + " \"breachType\": \"Jane Roe, HIV clinic\", \"occurredOn\": \"Jane Roe 1980-01-01\""), AS_OF);
        String m = messages(r);
        assertFalse(m.contains("Jane"), m);
        assertTrue(m.contains("breachType: unknown value a text of 20 characters; allowed: HACKING_IT_INCIDENT"), m);
        assertTrue(m.contains("occurredOn: a text of 19 characters is not a valid date"), m);
    }

    @Test
    void whenACodeIsWrong_thenItIsStillEchoedToHelp() {
        ReadResult r = new IncidentReader().read(incident("\"affected\": {\"total\": 1}, \"breachType\": \"HACK\""),
                AS_OF);
        assertTrue(messages(r).contains("unknown value \"HACK\""), messages(r));
    }

    @Test
    void whenAJurisdictionKeyIsHuge_thenThePathShowsOnlyItsLength() {
        String key = "Jane Roe ".repeat(5000);
        ReadResult r = new IncidentReader().read(incident("\"affected\": {\"total\": 1, \"byJurisdiction\": {\""
                + key + "\": 1}}"), AS_OF);
        assertEquals(1, r.violations().size(), messages(r));
        Violation v = r.violations().get(0);
        assertEquals("affected.byJurisdiction.<45000 characters>", v.field());
        assertTrue(messages(r).length() < 400, "one short line, not 45,000 characters");
        assertFalse(messages(r).contains("Jane"));
    }
}
