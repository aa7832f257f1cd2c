package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** outcome.drl: the presumption when nothing rebuts it (164.402(2); burden of proof 164.414(b)). */
class OutcomeTest {
    static final String PRESUMED = "No risk assessment: breach presumed";

    @Test
    void whenNothingRebutsThePresumption_thenBreachPresumed() {
        // Given the baseline: no exception, no safeguard, no assessment, no election
        // When
        Determination d = determine(baseline());
        // Then
        assertFired(d, PRESUMED);
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
        assertNull(d.riskAssessment());
    }

    @Test
    void whenRiskAssessmentGiven_thenPresumptionRuleDoesNotFire() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(highRiskAssessment()));
        // Then
        assertNotFired(d, PRESUMED);
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
    }

    @Test
    void whenElectedToNotify_thenPresumptionRuleDoesNotFire() {
        // Given
        // When
        Determination d = determine(given().electedToNotify(true));
        // Then
        assertNotFired(d, PRESUMED);
        assertBasis(d, Basis.ELECTED_TO_NOTIFY);
    }

    @Test
    void whenNotABreachByScope_thenPresumptionRuleDoesNotFire() {
        // Given
        // When
        Determination d = determine(given().permittedByPrivacyRule(true));
        // Then
        assertNotFired(d, PRESUMED);
    }

    // ---- missing facts never yield "not a breach" --------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(ExceptionType.class)
    void whenExceptionClaimedWithoutAnyCondition_thenStillABreach(ExceptionType type) {
        // Given
        // When
        Determination d = determine(given().exception(ExceptionClaim.of(type)));
        // Then
        assertFired(d, PRESUMED);
        assertTrue(d.breach());
    }

    @Test
    void whenEncryptionStandardIsNone_thenStillABreach() {
        // Given
        // When
        Determination d = determine(given().safeguards(encryption(EncryptionStandard.NONE, false, false)));
        // Then
        assertFired(d, PRESUMED);
        assertTrue(d.breach());
    }

    @Test
    void whenOnlyRequiredFactsGiven_thenBreachPresumedWithNotices() {
        // Given the bare minimum
        // When
        Determination d = determine(baseline());
        // Then
        assertTrue(d.breach());
        assertFalse(d.notifications().isEmpty());
    }
}
