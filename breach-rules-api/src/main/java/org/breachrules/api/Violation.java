package org.breachrules.api;

/**
 * One problem with an input, located by its field path in the interchange format, e.g.
 * {@code affected.byJurisdiction.XX} or {@code riskAssessment.phiTypes[1]}.
 *
 * @param field   the field path
 * @param message what is wrong, in plain English; never echoes free text of the incident
 */
public record Violation(String field, String message) {

    /** {@code field: message}, the form the command-line tool prints. */
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
