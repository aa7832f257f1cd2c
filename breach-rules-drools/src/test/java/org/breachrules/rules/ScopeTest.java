package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.junit.jupiter.api.Test;

/** scope.drl: the two gates, PHI (164.402, 164.514(b)) and a use or disclosure the Privacy Rule does not permit. */
class ScopeTest {
    static final String NO_PHI = "No PHI involved: not a breach";
    static final String PERMITTED = "Use or disclosure permitted by the Privacy Rule: not a breach";
    static final String NOT_PERMITTED = "Use or disclosure not permitted by the Privacy Rule: within scope";

    @Test
    void whenNoPhiInvolved_thenNotABreach() {
        // Given de-identified data only
        // When
        Determination d = determine(given().phiInvolved(false));
        // Then
        assertFired(d, NO_PHI);
        assertBasis(d, Basis.NO_PHI);
        assertTrue(d.notifications().isEmpty());
    }

    @Test
    void whenNoPhiInvolvedAndNoAffectedGiven_thenNotABreach() {
        // Given no PHI: affected is not required
        // When
        Determination d = determine(given().phiInvolved(false).affected(null));
        // Then
        assertBasis(d, Basis.NO_PHI);
    }

    @Test
    void whenNoPhiInvolvedEvenIfNotPermitted_thenNeitherOtherScopeRuleFires() {
        // Given
        // When
        Determination d = determine(given().phiInvolved(false).permittedByPrivacyRule(false));
        // Then
        assertNotFired(d, NOT_PERMITTED);
        assertNotFired(d, PERMITTED);
    }

    @Test
    void whenPhiInvolved_thenNoPhiRuleDoesNotFire() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNotFired(d, NO_PHI);
    }

    @Test
    void whenUseWasPermittedByPrivacyRule_thenNotABreach() {
        // Given
        // When
        Determination d = determine(given().permittedByPrivacyRule(true));
        // Then
        assertFired(d, PERMITTED);
        assertNotFired(d, NOT_PERMITTED);
        assertBasis(d, Basis.PERMITTED_BY_PRIVACY_RULE);
        assertTrue(d.notifications().isEmpty());
    }

    @Test
    void whenPermittedButNoPhi_thenNoPhiDecides() {
        // Given
        // When
        Determination d = determine(given().phiInvolved(false).permittedByPrivacyRule(true));
        // Then
        assertNotFired(d, PERMITTED);
        assertBasis(d, Basis.NO_PHI);
    }

    @Test
    void whenUseNotPermittedByPrivacyRule_thenWithinScopeAndPresumedBreach() {
        // Given the baseline: PHI, not permitted
        // When
        Determination d = determine(baseline());
        // Then
        assertFired(d, NOT_PERMITTED);
        assertNotFired(d, PERMITTED);
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
    }

    @Test
    void whenPhiInvolvedWithZeroAffected_thenStillWithinScope() {
        // Given PHI of no identified individual yet
        // When
        Determination d = determine(given().affected(Affected.total(0)));
        // Then missing counts never make it "not a breach"
        assertFired(d, NOT_PERMITTED);
        assertTrue(d.breach());
        assertEquals(1, d.findings().stream().filter(f -> f.rule().equals(NOT_PERMITTED)).count());
    }
}
