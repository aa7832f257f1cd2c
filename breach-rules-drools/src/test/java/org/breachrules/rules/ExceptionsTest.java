package org.breachrules.rules;

import org.breachrules.api.Impact;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.RecipientType;
import org.breachrules.api.PhiType;
import org.breachrules.api.AcquiredOrViewed;
import java.util.List;
import static org.breachrules.api.ExceptionType.INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED;
import static org.breachrules.api.ExceptionType.RECIPIENT_COULD_NOT_RETAIN;
import static org.breachrules.api.ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS;
import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** exceptions.drl: 164.402(1)(i)-(iii); every condition must be established, false or not given fails it. */
class ExceptionsTest {
    static final String I_APPLIES =
            "Exception (i) applies: unintentional workforce access in good faith, within scope, no further use";
    static final String I_GOOD_FAITH = "Exception (i) fails: not shown to be in good faith";
    static final String I_SCOPE = "Exception (i) fails: not shown to be within the scope of authority";
    static final String I_FURTHER = "Exception (i) fails: further impermissible use or disclosure not ruled out";
    static final String II_APPLIES =
            "Exception (ii) applies: inadvertent disclosure to a person authorized at the same entity or OHCA";
    static final String II_AUTHORIZED =
            "Exception (ii) fails: recipient not shown to be authorized at the same entity or OHCA";
    static final String II_FURTHER = "Exception (ii) fails: further impermissible use or disclosure not ruled out";
    static final String III_APPLIES =
            "Exception (iii) applies: good-faith belief the recipient could not retain the information";
    static final String III_GOOD_FAITH = "Exception (iii) fails: belief not shown to be in good faith";
    static final String NONE_APPLIES = "No exception applies: breach presumed";

    private static Determination claim(ExceptionClaim claim) {
        return determine(given().exception(claim));
    }

    // ---- (i) ---------------------------------------------------------------------------------------------------

    @Test
    void whenUnintentionalWorkforceAccessInGoodFaithWithinScopeNoFurtherUse_thenExceptionIApplies() {
        // Given a billing employee opens a misdirected e-mail, alerts the sender and deletes it
        // When
        Determination d = claim(exception(UNINTENTIONAL_WORKFORCE_ACCESS, true, true, null, false));
        // Then
        assertFired(d, I_APPLIES);
        assertNotFired(d, I_GOOD_FAITH);
        assertNotFired(d, I_SCOPE);
        assertNotFired(d, I_FURTHER);
        assertNotFired(d, NONE_APPLIES);
        assertBasis(d, Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS);
        assertTrue(d.notifications().isEmpty());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void whenExceptionIGoodFaithNotShown_thenItFailsAndBreachIsPresumed(Boolean goodFaith) {
        // Given e.g. a receptionist snooping on a friend's record
        // When
        Determination d = claim(exception(UNINTENTIONAL_WORKFORCE_ACCESS, goodFaith, true, null, false));
        // Then
        assertFired(d, I_GOOD_FAITH);
        assertNotFired(d, I_SCOPE);
        assertNotFired(d, I_FURTHER);
        assertNotFired(d, I_APPLIES);
        assertFired(d, NONE_APPLIES);
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void whenExceptionIScopeOfAuthorityNotShown_thenItFails(Boolean withinScope) {
        // Given
        // When
        Determination d = claim(exception(UNINTENTIONAL_WORKFORCE_ACCESS, true, withinScope, null, false));
        // Then
        assertFired(d, I_SCOPE);
        assertNotFired(d, I_GOOD_FAITH);
        assertNotFired(d, I_APPLIES);
        assertFired(d, NONE_APPLIES);
        assertTrue(d.breach());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = true)
    void whenExceptionIFurtherUseNotRuledOut_thenItFails(Boolean furtherUse) {
        // Given
        // When
        Determination d = claim(exception(UNINTENTIONAL_WORKFORCE_ACCESS, true, true, null, furtherUse));
        // Then
        assertFired(d, I_FURTHER);
        assertNotFired(d, I_GOOD_FAITH);
        assertNotFired(d, I_APPLIES);
        assertFired(d, NONE_APPLIES);
        assertTrue(d.breach());
    }

    @Test
    void whenExceptionIClaimedWithNothingEstablished_thenEveryConditionIsNamedAndBreachPresumed() {
        // Given a claim with no condition given
        // When
        Determination d = claim(ExceptionClaim.of(UNINTENTIONAL_WORKFORCE_ACCESS));
        // Then
        assertFired(d, I_GOOD_FAITH);
        assertFired(d, I_SCOPE);
        assertFired(d, I_FURTHER);
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
    }

    // ---- (ii) --------------------------------------------------------------------------------------------------

    @Test
    void whenInadvertentDisclosureToAuthorizedPersonAtSameEntityNoFurtherUse_thenExceptionIIApplies() {
        // Given a nurse e-mails a chart to an authorized billing clerk at the same hospital (regulation.md T22)
        // When
        Determination d = claim(exception(INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null, true, false));
        // Then
        assertFired(d, II_APPLIES);
        assertNotFired(d, II_AUTHORIZED);
        assertNotFired(d, II_FURTHER);
        assertNotFired(d, NONE_APPLIES);
        assertBasis(d, Basis.EXCEPTION_INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED);
        assertTrue(d.notifications().isEmpty());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void whenRecipientNotShownAuthorizedAtSameEntityOrOhca_thenExceptionIIFails(Boolean authorized) {
        // Given a misdirected fax to a different physician practice (regulation.md T21)
        // When
        Determination d = claim(exception(INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null, authorized, false));
        // Then
        assertFired(d, II_AUTHORIZED);
        assertNotFired(d, II_FURTHER);
        assertNotFired(d, II_APPLIES);
        assertFired(d, NONE_APPLIES);
        assertTrue(d.breach());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = true)
    void whenExceptionIIFurtherUseNotRuledOut_thenItFails(Boolean furtherUse) {
        // Given
        // When
        Determination d = claim(exception(INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null, true, furtherUse));
        // Then
        assertFired(d, II_FURTHER);
        assertNotFired(d, II_AUTHORIZED);
        assertNotFired(d, II_APPLIES);
        assertFired(d, NONE_APPLIES);
        assertTrue(d.breach());
    }

    @Test
    void whenExceptionIIClaimedWithWorkforceConditionsOnly_thenTheyDoNotSatisfyIt() {
        // Given conditions of (i) supplied under a claim of (ii)
        // When
        Determination d = claim(exception(INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, true, true, null, false));
        // Then
        assertFired(d, II_AUTHORIZED);
        assertNotFired(d, I_APPLIES);
        assertTrue(d.breach());
    }

    // ---- (iii) -------------------------------------------------------------------------------------------------

    @Test
    void whenGoodFaithBeliefRecipientCouldNotRetain_thenExceptionIIIApplies() {
        // Given EOBs returned by the post office unopened (regulation.md T23)
        // When
        Determination d = claim(exception(RECIPIENT_COULD_NOT_RETAIN, true, null, null, null));
        // Then
        assertFired(d, III_APPLIES);
        assertNotFired(d, III_GOOD_FAITH);
        assertNotFired(d, NONE_APPLIES);
        assertBasis(d, Basis.EXCEPTION_RECIPIENT_COULD_NOT_RETAIN);
        assertTrue(d.notifications().isEmpty());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(booleans = false)
    void whenExceptionIIIBeliefNotInGoodFaith_thenItFails(Boolean goodFaith) {
        // Given
        // When
        Determination d = claim(exception(RECIPIENT_COULD_NOT_RETAIN, goodFaith, null, null, null));
        // Then
        assertFired(d, III_GOOD_FAITH);
        assertNotFired(d, III_APPLIES);
        assertFired(d, NONE_APPLIES);
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
    }

    // ---- none --------------------------------------------------------------------------------------------------

    @Test
    void whenNoExceptionClaimed_thenBreachPresumedAndNoConditionFindings() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertFired(d, NONE_APPLIES);
        assertNotFired(d, I_GOOD_FAITH);
        assertNotFired(d, II_AUTHORIZED);
        assertNotFired(d, III_GOOD_FAITH);
    }

    @Test
    void whenPhiSecured_thenExceptionsAreNotReached() {
        // Given a failing claim on secured PHI: the safe harbor decides first
        // When
        Determination d = determine(given().exception(ExceptionClaim.of(UNINTENTIONAL_WORKFORCE_ACCESS))
                .safeguards(encryption(EncryptionStandard.NIST_SP_800_111, false, false)));
        // Then
        assertNotFired(d, NONE_APPLIES);
        assertNotFired(d, I_GOOD_FAITH);
        assertBasis(d, Basis.SECURED_BY_ENCRYPTION);
    }

    @Test
    void whenExceptionAppliesAndEntityElectedToNotify_thenExceptionStillDecides() {
        // Given the order of the decision: exception before election
        // When
        Determination d = determine(given().electedToNotify(true)
                .exception(exception(RECIPIENT_COULD_NOT_RETAIN, true, null, null, null)));
        // Then
        assertNotFired(d, NONE_APPLIES);
        assertBasis(d, Basis.EXCEPTION_RECIPIENT_COULD_NOT_RETAIN);
    }

    // ---- 1.1: an exception the entity's own assessment contradicts fails ------------------------------------------

    static final String I_OUTSIDER =
            "Exception (i) fails: the risk assessment names a recipient outside the entity's workforce";
    static final String I_DELIBERATE = "Exception (i) fails: the risk assessment records deliberate misuse";
    static final String II_OUTSIDER = "Exception (ii) fails: the risk assessment names a recipient outside the entity or OHCA";

    private static RiskAssessment to(RecipientType recipient, boolean deliberate) {
        return new RiskAssessment(List.of(PhiType.NAME), recipient, AcquiredOrViewed.YES, List.of(), deliberate, null);
    }

    @Test
    void whenExceptionOneIsAssertedButThePhiWentToAnOutsider_thenItFails() {
        Determination d = determine(given()
                .exception(exception(UNINTENTIONAL_WORKFORCE_ACCESS, true, true, null, false))
                .riskAssessment(to(RecipientType.HIPAA_COVERED_ENTITY, false)));
        assertFired(d, I_OUTSIDER);
        assertNotFired(d, I_APPLIES);
        assertTrue(d.breach());
        assertMissing(d, "riskAssessment.recipient", Impact.OUTCOME);
    }

    @Test
    void whenExceptionOneIsAssertedButTheAccessWasDeliberate_thenItFails() {
        Determination d = determine(given()
                .exception(exception(UNINTENTIONAL_WORKFORCE_ACCESS, true, true, null, false))
                .riskAssessment(to(RecipientType.WORKFORCE_SAME_ENTITY, true)));
        assertFired(d, I_DELIBERATE);
        assertNotFired(d, I_OUTSIDER);
        assertNotFired(d, I_APPLIES);
        assertMissing(d, "riskAssessment.deliberateMisuse", Impact.OUTCOME);
    }

    @Test
    void whenExceptionTwoNamesAnAuthorizedRecipientAndTheAssessmentAgrees_thenItApplies() {
        for (RecipientType agrees : List.of(RecipientType.WORKFORCE_SAME_ENTITY, RecipientType.HIPAA_COVERED_ENTITY,
                RecipientType.BUSINESS_ASSOCIATE)) {
            Determination d = determine(given()
                    .exception(exception(INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null, true, false))
                    .riskAssessment(to(agrees, false)));
            assertFired(d, II_APPLIES);
            assertNotFired(d, II_OUTSIDER);
        }
    }

    @Test
    void whenExceptionTwoIsAssertedButThePhiReachedThePublic_thenItFails() {
        for (RecipientType outsider : List.of(RecipientType.PUBLIC, RecipientType.KNOWN_INDIVIDUAL,
                RecipientType.GOVERNMENT_AGENCY, RecipientType.UNKNOWN, RecipientType.MALICIOUS_ACTOR)) {
            Determination d = determine(given()
                    .exception(exception(INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null, true, false))
                    .riskAssessment(to(outsider, false)));
            assertFired(d, II_OUTSIDER);
            assertNotFired(d, II_APPLIES);
            assertTrue(d.breach(), outsider.name());
        }
    }
}
