package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.breachrules.api.Determination;
import org.junit.jupiter.api.Test;

/**
 * documentation.drl: retain for the policy's retention period, six years by default (164.530(j)(2); burden of proof
 * 164.414(b)).
 */
class DocumentationTest {
    static final String RETAIN = "Keep the documentation six years from the evaluation";

    @Test
    void whenBreachEvaluated_thenDocumentationKeptSixYearsFromEvaluation() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertFired(d, RETAIN);
        assertEquals(LocalDate.of(2033, 3, 2), d.retainDocumentationUntil());
        assertEquals(AS_OF, d.evaluatedOn());
        assertTrue(finding(d, RETAIN).message().contains("2033-03-02"));
    }

    @Test
    void whenNotABreach_thenDocumentationStillKeptSixYears() {
        // Given no PHI: the burden of proof still calls for the record
        // When
        Determination d = determine(given().phiInvolved(false));
        // Then
        assertFired(d, RETAIN);
        assertEquals(LocalDate.of(2033, 3, 2), d.retainDocumentationUntil());
    }

    @Test
    void whenEvaluatedOn29February2028_thenRetainUntil28February2034() {
        // Given
        // When
        Determination d = determine(baseline(), LocalDate.of(2028, 2, 29));
        // Then
        assertEquals(LocalDate.of(2034, 2, 28), d.retainDocumentationUntil());
    }

    @Test
    void whenEvaluatedLater_thenRetentionRunsFromTheEvaluationDateNotDiscovery() {
        // Given the same incident evaluated a year later
        // When
        Determination d = determine(baseline(), LocalDate.of(2028, 3, 2));
        // Then
        assertEquals(LocalDate.of(2034, 3, 2), d.retainDocumentationUntil());
    }

    @Test
    void whenTheRetentionPeriodIsTuned_thenTheDateAndTheMessageFollowIt() {
        // Given retentionYears = 7 in the organisation's policy.properties
        // When
        Determination d = determineTuned("retentionYears = 7", given());
        // Then
        assertEquals(LocalDate.of(2034, 3, 2), d.retainDocumentationUntil());
        assertTrue(finding(d, RETAIN).message().endsWith("until 2034-03-02 (7 years)."), finding(d, RETAIN).message());
    }
}
