package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Basis;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.junit.jupiter.api.Test;

/**
 * election.drl: notifying without a risk assessment (164.402(2); HHS guidance). "Entity chose to notify
 * (electedToNotify)" only records the choice (no finding of its own); it is seen through the outcome it leads to.
 */
class ElectionTest {
    static final String CHOSE = "Entity chose to notify (electedToNotify)";
    static final String ELECTED = "Entity elects to notify: breach, no risk assessment needed";

    @Test
    void whenElectedToNotifyIsTrue_thenTheChoiceIsRecordedAndDecidesTheOutcome() {
        // Given
        assertRuleExists(CHOSE);
        // When
        Determination d = determine(given().electedToNotify(true).riskAssessment(highRiskAssessment()));
        // Then the choice overrides both the presumption and the assessment
        assertBasis(d, Basis.ELECTED_TO_NOTIFY);
        assertNotFired(d, OutcomeTest.PRESUMED);
        assertNotFired(d, RiskAssessmentTest.PERFORMED);
    }

    @Test
    void whenElectedToNotifyIsFalse_thenNoChoiceIsRecorded() {
        // Given
        // When
        Determination d = determine(given().electedToNotify(false).riskAssessment(highRiskAssessment()));
        // Then
        assertFired(d, RiskAssessmentTest.PERFORMED);
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
    }

    @Test
    void whenEntityElectsToNotify_thenBreachWithoutAssessment() {
        // Given
        // When
        Determination d = determine(given().electedToNotify(true));
        // Then
        assertFired(d, ELECTED);
        assertBasis(d, Basis.ELECTED_TO_NOTIFY);
        assertNull(d.riskAssessment());
        assertEquals(DAY_60, notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenEntityDoesNotElect_thenElectionRuleDoesNotFire() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNotFired(d, ELECTED);
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
    }

    @Test
    void whenElectedEvenThoughAssessmentShowsLowProbability_thenElectionDecidesWithSameNoticesAsUndocumented() {
        // Given a misdirected fax to another covered entity with a written attestation (regulation.md T21)
        Incident fax = given().affected(inOhio(1)).riskAssessment(assessment(List.of(PhiType.LAB_RESULTS),
                RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.YES, Mitigation.DESTROYED_WITH_ATTESTATION))
                .build();
        // When
        Determination elected = determine(fax.toBuilder().electedToNotify(true));
        Determination undocumented = determine(fax.toBuilder().riskAssessment(null));
        // Then
        assertFired(elected, ELECTED);
        assertBasis(elected, Basis.ELECTED_TO_NOTIFY);
        assertNull(elected.riskAssessment());
        assertEquals(undocumented.notifications(), elected.notifications());
    }

    @Test
    void whenElectedButPhiSecured_thenElectionIsNotReached() {
        // Given
        // When
        Determination d = determine(given().electedToNotify(true)
                .safeguards(destruction(DestructionMethod.NIST_SP_800_88_DESTROY)));
        // Then
        assertNotFired(d, ELECTED);
        assertBasis(d, Basis.SECURED_BY_DESTRUCTION);
    }
}
