package org.breachrules.json.hardening;

/**
 * Hostile documents, generated so that no large file is committed (issue 26). The unknown keys are spelled as in the
 * issue's 44 MB file, {@code "unknown_field_00000001": 1, } (29 characters each), so 1,500,000 of them make 43.5 MB.
 */
final class HostileInputs {
    /** A valid incident as of {@link #AS_OF_TEXT}. */
    static final String INCIDENT = "{\"id\": \"A\", \"reporter\": {\"role\": \"COVERED_ENTITY\"},"
            + " \"discoveredOn\": \"2027-03-01\", \"phiInvolved\": true, \"permittedByPrivacyRule\": false,"
            + " \"affected\": {\"total\": 1}}";

    static final String AS_OF_TEXT = "2027-03-15";

    /** The characters one unknown key adds. */
    static final int KEY_CHARS = "\"unknown_field_00000001\": 1, ".length();

    private HostileInputs() {
    }

    /** {@link #INCIDENT} with {@code n} unknown keys before its own fields. */
    static String withUnknownKeys(int n) {
        StringBuilder json = new StringBuilder(INCIDENT.length() + n * KEY_CHARS).append('{');
        appendKeys(json, n, 0);
        return json.append(INCIDENT, 1, INCIDENT.length()).toString();
    }

    /** An array of {@code incidents} copies of {@link #INCIDENT}, each with {@code keys} unknown keys. */
    static String arrayWithUnknownKeys(int incidents, int keys) {
        StringBuilder json = new StringBuilder(incidents * (INCIDENT.length() + keys * KEY_CHARS + 2)).append('[');
        for (int i = 0; i < incidents; i++) {
            json.append(i == 0 ? "{" : ", {");
            appendKeys(json, keys, i * keys);
            json.append(INCIDENT, 1, INCIDENT.length());
        }
        return json.append(']').toString();
    }

    /** {@link #INCIDENT} with {@code n} unknown keys of a few characters: many tokens in little text. */
    static String withShortKeys(int n) {
        StringBuilder json = new StringBuilder(INCIDENT.length() + n * 12).append('{');
        for (int i = 0; i < n; i++) {
            json.append("\"k").append(i).append("\":0,");
        }
        return json.append(INCIDENT, 1, INCIDENT.length()).toString();
    }

    /** {@link #INCIDENT} with an unknown field holding arrays nested {@code depth} deep. */
    static String nested(int depth) {
        return "{\"deep\": " + "[".repeat(depth) + "]".repeat(depth) + ", " + INCIDENT.substring(1);
    }

    /** {@link #INCIDENT} with the same key given {@code n} times. */
    static String withDuplicateKeys(int n) {
        StringBuilder json = new StringBuilder(INCIDENT.length() + n * 8).append('{');
        for (int i = 0; i < n; i++) {
            json.append("\"a\": 1, ");
        }
        return json.append(INCIDENT, 1, INCIDENT.length()).toString();
    }

    private static void appendKeys(StringBuilder json, int n, int first) {
        for (int i = first; i < first + n; i++) {
            String number = Integer.toString(i);
            json.append("\"unknown_field_").append("0".repeat(Math.max(0, 8 - number.length()))).append(number)
                    .append("\": 1, ");
        }
    }
}
