package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Determination;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Mitigation;
import org.breachrules.api.Notification;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.breachrules.api.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * policy.drl: "Policy: federal defaults" makes no finding; its values are seen in the deadlines, thresholds and
 * scores every other rule derives from them.
 */
class PolicyTest {

    @Test
    void whenBreachDiscovered_thenIndividualsMediaAndHhsDeadlinesAre60CalendarDaysLater() {
        // Given 600 Ohio residents affected, discovered on 2027-03-01
        // When
        Determination d = determine(given().affected(inOhio(600)));
        // Then every deadline is 2027-04-30 (day 60)
        assertEquals(DAY_60, notification(d, Recipient.INDIVIDUALS).deadline());
        assertEquals(DAY_60, notification(d, Recipient.HHS).deadline());
        assertEquals(DAY_60, mediaNotice(d, Jurisdiction.OH).deadline());
    }

    @Test
    void whenBusinessAssociateWithoutContractualDays_thenCoveredEntityDeadlineIs60Days() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(null)));
        // Then
        assertEquals(DAY_60, notification(d, Recipient.COVERED_ENTITY).deadline());
    }

    @Test
    void whenFewerThan500_thenHhsAnnualDeadlineIs60DaysAfterYearEnd() {
        // Given 100 affected, discovered 2027
        // When
        Determination d = determine(baseline());
        // Then
        assertEquals(HHS_ANNUAL_2027, notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenDeadlineFallsOnSaturday_thenNoWeekendRollForward() {
        // Given discovered on Tuesday 2027-03-09, so that day 60 is Saturday 2027-05-08
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2027, 3, 9)), LocalDate.of(2027, 3, 10));
        // Then day 60 is Saturday 2027-05-08 and stays there
        assertEquals(LocalDate.of(2027, 5, 8), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenExactly500InTotal_thenHhsThresholdIsInclusive() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(500)));
        // Then 500 or more: HHS with the individual notice
        assertEquals(DAY_60, notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenExactly500Residents_thenMediaThresholdIsStrict() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(500)));
        // Then more than 500 is needed
        assertNoNotification(d, Recipient.MEDIA);
    }

    @Test
    void whenExactly10WithInsufficientContact_thenSubstituteNoticeThresholdIsMetWith90DayPostingAndTollFreeNumber() {
        // Given
        // When
        Determination d = determine(given().affected(withInsufficientContact(100, 10)));
        // Then
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(Integer.valueOf(90), n.substituteNotice().postingDays());
        assertEquals(Integer.valueOf(90), n.substituteNotice().tollFreeNumberDays());
    }

    @Test
    void whenEvaluated_thenDocumentationIsRetainedSixYears() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertEquals(LocalDate.of(2033, 3, 2), d.retainDocumentationUntil());
    }

    @Test
    void whenDocumentedOralDelay_thenItLasts30Days() {
        // Given an oral statement on 2027-04-20 with the official named
        // When
        Determination d = determine(given().lawEnforcementDelay(oral(LocalDate.of(2027, 4, 20), "Det. Smith")),
                LocalDate.of(2027, 4, 21));
        // Then
        assertEquals(LocalDate.of(2027, 5, 20), notification(d, Recipient.INDIVIDUALS).delayedUntil());
    }

    @Test
    void whenDelayEndsAfterNormalDeadline_thenDeadlinesAreNotTolled() {
        // Given a written delay from 2027-03-10 to 2027-05-10 (61 days of delay)
        // When
        Determination d = determine(given().lawEnforcementDelay(
                written(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 5, 10))), LocalDate.of(2027, 3, 11));
        // Then the deadline is the end of the delay, not the normal deadline moved by 61 days (tolling is off)
        assertEquals(LocalDate.of(2027, 5, 10), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @ParameterizedTest
    @EnumSource(value = PhiType.class, names = {"SSN", "DRIVERS_LICENSE", "FINANCIAL_ACCOUNT", "PAYMENT_CARD",
            "SENSITIVE_CONDITION", "BIOMETRIC", "CREDENTIALS"})
    void whenHighRiskIdentifier_thenNatureAndExtentIsHigh(PhiType type) {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME, type),
                RecipientType.UNKNOWN, AcquiredOrViewed.YES, Mitigation.NONE)));
        // Then
        assertEquals(RiskLevel.HIGH, d.riskAssessment().natureAndExtent());
    }

    @ParameterizedTest
    @EnumSource(value = PhiType.class, names = {"DIAGNOSIS", "TREATMENT", "MEDICATION", "LAB_RESULTS",
            "MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_ID", "PHOTO", "OTHER"})
    void whenClinicalOrHealthIdentifier_thenNatureAndExtentIsMedium(PhiType type) {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME, type),
                RecipientType.UNKNOWN, AcquiredOrViewed.YES, Mitigation.NONE)));
        // Then
        assertEquals(RiskLevel.MEDIUM, d.riskAssessment().natureAndExtent());
    }

    @ParameterizedTest
    @EnumSource(value = PhiType.class, names = {"NAME", "ADDRESS", "DATE_OF_BIRTH", "CONTACT_INFO"})
    void whenDemographicOrContactOnly_thenNatureAndExtentIsLow(PhiType type) {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(type),
                RecipientType.UNKNOWN, AcquiredOrViewed.YES, Mitigation.NONE)));
        // Then
        assertEquals(RiskLevel.LOW, d.riskAssessment().natureAndExtent());
    }

    @ParameterizedTest
    @EnumSource(value = RecipientType.class, names = {"HIPAA_COVERED_ENTITY", "BUSINESS_ASSOCIATE",
            "WORKFORCE_SAME_ENTITY", "GOVERNMENT_AGENCY"})
    void whenRecipientObligedToProtectPhi_thenUnauthorizedRecipientIsLow(RecipientType recipient) {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME), recipient,
                AcquiredOrViewed.YES, Mitigation.NONE)));
        // Then
        assertEquals(RiskLevel.LOW, d.riskAssessment().unauthorizedRecipient());
    }

    @Test
    void whenKnownIndividual_thenUnauthorizedRecipientIsMedium() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.KNOWN_INDIVIDUAL, AcquiredOrViewed.YES, Mitigation.NONE)));
        // Then
        assertEquals(RiskLevel.MEDIUM, d.riskAssessment().unauthorizedRecipient());
    }

    @ParameterizedTest
    @EnumSource(value = RecipientType.class, names = {"UNKNOWN", "MALICIOUS_ACTOR", "PUBLIC"})
    void whenUnknownMaliciousOrPublicRecipient_thenUnauthorizedRecipientIsHigh(RecipientType recipient) {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME), recipient,
                AcquiredOrViewed.YES, Mitigation.NONE)));
        // Then
        assertEquals(RiskLevel.HIGH, d.riskAssessment().unauthorizedRecipient());
    }

    @ParameterizedTest
    @EnumSource(value = Mitigation.class, names = {"RETRIEVED", "DESTROYED_WITH_ATTESTATION",
            "CONFIDENTIALITY_ASSURANCE", "REMOTE_WIPED"})
    void whenEffectiveMitigation_thenMitigationIsLow(Mitigation mitigation) {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.UNKNOWN, AcquiredOrViewed.YES, mitigation)));
        // Then
        assertEquals(RiskLevel.LOW, d.riskAssessment().mitigation());
    }

    @Test
    void whenNoMitigation_thenMitigationIsHigh() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.UNKNOWN, AcquiredOrViewed.YES, Mitigation.NONE)));
        // Then
        assertEquals(RiskLevel.HIGH, d.riskAssessment().mitigation());
    }

    @Test
    void whenNoBreach_thenPolicyAloneOwesNothing() {
        // Given no PHI at all
        // When
        Determination d = determine(given().phiInvolved(false));
        // Then the policy values produce no notification by themselves
        assertEquals(List.of(), d.notifications());
        assertNull(d.riskAssessment());
    }
}
