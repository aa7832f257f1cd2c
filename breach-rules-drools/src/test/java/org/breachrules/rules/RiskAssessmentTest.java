package org.breachrules.rules;

import java.time.LocalDate;
import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** risk-assessment.drl: the four factors of 164.402(2)(i)-(iv) and the low-probability conclusion. */
class RiskAssessmentTest {
    static final String PERFORMED = "A risk assessment was performed: it decides the presumption";
    static final String I_HIGH = "Factor (i) HIGH: identifiers the policy treats as high risk";
    static final String I_MEDIUM = "Factor (i) MEDIUM: clinical or health identifiers";
    static final String I_LOW = "Factor (i) LOW: demographic or contact information only";
    static final String II_LOW = "Factor (ii) LOW: recipient obliged to protect the PHI";
    static final String II_MEDIUM = "Factor (ii) MEDIUM: a known individual";
    static final String II_HIGH = "Factor (ii) HIGH: unknown, malicious or public recipient";
    static final String III_LOW = "Factor (iii) LOW: evidence shows the PHI was not acquired or viewed";
    static final String III_HIGH = "Factor (iii) HIGH: acquired, viewed, or not known";
    static final String III_RANSOMWARE = "Factor (iii) HIGH: ransomware acquired the PHI";
    static final String IV_LOW = "Factor (iv) LOW: the risk was mitigated";
    static final String IV_HIGH = "Factor (iv) HIGH: no effective mitigation";
    static final String LOW_NOT_VIEWED = "Low probability of compromise: not acquired or viewed, and mitigated";
    static final String LOW_TRUSTED =
            "Low probability of compromise: trusted recipient, mitigated, not high-risk information";
    static final String NOT_A_BREACH = "Risk assessment shows a low probability of compromise: not a breach";
    static final String BREACH = "Risk assessment does not show a low probability of compromise: breach";

    private static Determination assess(RiskAssessment assessment) {
        return determine(given().riskAssessment(assessment));
    }

    private static Determination assess(List<PhiType> types, RecipientType recipient, AcquiredOrViewed acquired,
                                        Mitigation... mitigations) {
        return assess(assessment(types, recipient, acquired, mitigations));
    }

    // ---- the assessment decides --------------------------------------------------------------------------------

    @Test
    void whenRiskAssessmentGiven_thenItDecidesThePresumption() {
        // Given
        // When
        Determination d = assess(highRiskAssessment());
        // Then
        assertFired(d, PERFORMED);
        assertEquals(new RiskAssessmentOutcome(RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.HIGH, false),
                d.riskAssessment());
    }

    @Test
    void whenNoRiskAssessmentGiven_thenNoFactorIsScored() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNotFired(d, PERFORMED);
        assertNotFired(d, I_LOW);
        assertNotFired(d, IV_HIGH);
        assertNull(d.riskAssessment());
    }

    @Test
    void whenAssessmentGivenButEntityElectedToNotify_thenAssessmentIsNotUsed() {
        // Given
        // When
        Determination d = determine(given().electedToNotify(true).riskAssessment(lowRiskAssessment()));
        // Then
        assertNotFired(d, PERFORMED);
        assertNotFired(d, NOT_A_BREACH);
        assertBasis(d, Basis.ELECTED_TO_NOTIFY);
        assertNull(d.riskAssessment());
    }

    @Test
    void whenAssessmentGivenButExceptionApplies_thenAssessmentIsNotNeeded() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(highRiskAssessment()).exception(
                exception(ExceptionType.RECIPIENT_COULD_NOT_RETAIN, true, null, null, null)));
        // Then
        assertNotFired(d, PERFORMED);
        assertNull(d.riskAssessment());
    }

    // ---- factor (i) --------------------------------------------------------------------------------------------

    @Test
    void whenSsnAmongIdentifiers_thenFactorIHigh() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME, PhiType.DIAGNOSIS, PhiType.SSN), RecipientType.UNKNOWN,
                AcquiredOrViewed.YES, Mitigation.NONE);
        // Then
        assertFired(d, I_HIGH);
        assertNotFired(d, I_MEDIUM);
        assertNotFired(d, I_LOW);
        assertEquals(RiskLevel.HIGH, d.riskAssessment().natureAndExtent());
    }

    @Test
    void whenClinicalButNoHighRiskIdentifier_thenFactorIMedium() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME, PhiType.DIAGNOSIS), RecipientType.UNKNOWN,
                AcquiredOrViewed.YES, Mitigation.NONE);
        // Then
        assertFired(d, I_MEDIUM);
        assertNotFired(d, I_HIGH);
        assertNotFired(d, I_LOW);
    }

    @Test
    void whenDemographicOnly_thenFactorILow() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME, PhiType.ADDRESS, PhiType.DATE_OF_BIRTH,
                PhiType.CONTACT_INFO), RecipientType.UNKNOWN, AcquiredOrViewed.YES, Mitigation.NONE);
        // Then
        assertFired(d, I_LOW);
        assertNotFired(d, I_MEDIUM);
        assertNotFired(d, I_HIGH);
    }

    // ---- factor (ii) -------------------------------------------------------------------------------------------

    @Test
    void whenRecipientIsAnotherCoveredEntity_thenFactorIILow() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.YES,
                Mitigation.NONE);
        // Then
        assertFired(d, II_LOW);
        assertNotFired(d, II_MEDIUM);
        assertNotFired(d, II_HIGH);
    }

    @Test
    void whenRecipientIsKnownIndividual_thenFactorIIMedium() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.KNOWN_INDIVIDUAL, AcquiredOrViewed.YES,
                Mitigation.NONE);
        // Then
        assertFired(d, II_MEDIUM);
        assertNotFired(d, II_LOW);
        assertNotFired(d, II_HIGH);
    }

    @Test
    void whenRecipientUnknown_thenFactorIIHigh() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.YES,
                Mitigation.NONE);
        // Then
        assertFired(d, II_HIGH);
        assertNotFired(d, II_LOW);
        assertNotFired(d, II_MEDIUM);
    }

    // ---- factor (iii) ------------------------------------------------------------------------------------------

    @Test
    void whenEvidenceShowsNotAcquiredOrViewed_thenFactorIIILow() {
        // Given a stolen laptop recovered, forensics show no access
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.NO, Mitigation.NONE);
        // Then
        assertFired(d, III_LOW);
        assertNotFired(d, III_HIGH);
        assertNotFired(d, III_RANSOMWARE);
        assertEquals(RiskLevel.LOW, d.riskAssessment().acquiredOrViewed());
    }

    @ParameterizedTest
    @EnumSource(value = AcquiredOrViewed.class, names = {"YES", "UNKNOWN"})
    void whenAcquiredViewedOrNotKnown_thenFactorIIIHigh(AcquiredOrViewed acquired) {
        // Given an unknown answer counts against a low probability
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.UNKNOWN, acquired, Mitigation.NONE);
        // Then
        assertFired(d, III_HIGH);
        assertNotFired(d, III_LOW);
        assertNotFired(d, III_RANSOMWARE);
        assertEquals(RiskLevel.HIGH, d.riskAssessment().acquiredOrViewed());
    }

    static final String III_NO_FORENSICS =
            "Factor (iii) HIGH: ransomware, with no forensic evidence that the PHI was not acquired";
    static final String RANSOMWARE_BY_EVIDENCE = "Ransomware: forensic evidence can speak to factor (iii)";
    static final String II_RANSOMWARE = "Factor (ii) HIGH: ransomware, whatever recipient was recorded";
    static final String BAD_FAITH =
            "Access recorded as not in good faith: taken as deliberate misuse unless the assessment says otherwise";

    private static RiskAssessment withForensics(RiskAssessment a, String reference) {
        return new RiskAssessment(a.phiTypes(), a.recipient(), a.acquiredOrViewed(), a.mitigations(),
                a.deliberateMisuse(), a.completedOn(), reference);
    }

    @Test
    void whenRansomwareAnsweredNotAcquiredWithoutForensicEvidence_thenFactorIIIStaysHighAndTheEvidenceIsAskedFor() {
        // Given ransomware encrypted the PHI; the entity answered NO but references no forensic report (Fact Sheet)
        // When
        Determination d = determine(given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.NO, Mitigation.RETRIEVED)));
        // Then
        assertFired(d, III_NO_FORENSICS);
        assertNotFired(d, III_LOW);
        assertNotFired(d, LOW_NOT_VIEWED);
        assertEquals(RiskLevel.HIGH, d.riskAssessment().acquiredOrViewed());
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
        assertMissing(d, "riskAssessment.forensicEvidence", org.breachrules.api.Impact.OUTCOME);
    }

    @Test
    void whenRansomwareWithForensicEvidenceOfNoExfiltrationAndARestoreFromBackup_thenNotABreach() {
        // Given the HHS fact sheet's case: forensics show nothing was exfiltrated; systems restored from backup
        Incident incident = given().ransomware(true).riskAssessment(withForensics(assessment(List.of(PhiType.NAME,
                PhiType.DIAGNOSIS), RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.NO,
                Mitigation.RESTORED_FROM_BACKUP), "IR-2027-001")).build();
        // When
        Determination d = determine(incident);
        // Then factor (iii) LOW on the evidence, factor (iv) LOW by the restore: a low probability is shown
        assertFired(d, III_LOW);
        assertFired(d, RANSOMWARE_BY_EVIDENCE);
        assertEquals(RiskLevel.LOW, d.riskAssessment().acquiredOrViewed());
        assertEquals(RiskLevel.LOW, d.riskAssessment().mitigation());
        assertBasis(d, Basis.LOW_PROBABILITY_OF_COMPROMISE);
        assertTrue(d.missingFacts().isEmpty(), d.missingFacts().toString());
    }

    @Test
    void whenARestoreFromBackupFollowsRansomwareWithoutForensics_thenItOnlyContainsTheIncident() {
        // Given no forensic evidence: the restore is containment only (factor (iv) MEDIUM)
        // When
        Determination d = determine(given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.NO, Mitigation.RESTORED_FROM_BACKUP)));
        // Then
        assertEquals(RiskLevel.MEDIUM, d.riskAssessment().mitigation());
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
    }

    @Test
    void whenTheOrganisationCountsRansomwareAlwaysAsAcquisition_thenForensicsDoNotRebutIt() {
        // Given the same incident as the fact sheet's, under a policy that keeps ransomwareAlwaysAcquires = true
        Incident incident = given().ransomware(true).riskAssessment(withForensics(assessment(List.of(PhiType.NAME),
                RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.NO, Mitigation.RESTORED_FROM_BACKUP),
                "IR-2027-001")).build();
        // When
        Determination d = org.breachrules.drools.TunedRules.RANSOMWARE_ALWAYS_ACQUIRES.determine(incident, AS_OF);
        // Then factor (iii) is HIGH whatever the evidence, and the finding cites the organisation's policy
        assertFired(d, III_RANSOMWARE);
        assertNotFired(d, III_LOW);
        assertTrue(finding(d, III_RANSOMWARE).message()
                .contains("organisation policy: ransomwareAlwaysAcquires = true"), finding(d, III_RANSOMWARE).message());
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
    }

    @Test
    void whenRansomwareAndTheRecipientIsRecordedAsACoveredEntity_thenTheAttackerIsTheRecipient() {
        // Given ransomware, recipient entered as HIPAA_COVERED_ENTITY, the data "retrieved" (1.1 answered: not a
        // breach, by the trusted-recipient path)
        // When
        Determination d = determine(given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.NO, Mitigation.RETRIEVED)));
        // Then factor (ii) HIGH, the recipient is named as contradicted, and a breach
        assertFired(d, II_RANSOMWARE);
        assertNotFired(d, II_LOW);
        assertNotFired(d, LOW_TRUSTED);
        assertEquals(RiskLevel.HIGH, d.riskAssessment().unauthorizedRecipient());
        assertMissing(d, "riskAssessment.recipient", org.breachrules.api.Impact.OUTCOME);
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
    }

    @Test
    void whenRansomwareMadeFactorIIIHigh_thenTheTrustedRecipientPathDoesNotApply() {
        // Given a tuned policy that trusts every recipient (even the attacker) and ransomware without forensics:
        // factor (iii) HIGH by ransomware; 164.402(2) needs at least every factor
        // When
        Determination d = determineTuned("lowRiskRecipients = MALICIOUS_ACTOR, UNKNOWN, PUBLIC, HIPAA_COVERED_ENTITY",
                given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                        RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.NO, Mitigation.RETRIEVED)));
        // Then a recipient the policy trusts contradicts ransomware (factor (ii) HIGH), and no path leads to a low
        // probability
        assertFired(d, II_RANSOMWARE);
        assertNotFired(d, II_LOW);
        assertEquals(RiskLevel.HIGH, d.riskAssessment().unauthorizedRecipient());
        assertEquals(RiskLevel.HIGH, d.riskAssessment().acquiredOrViewed());
        assertNotFired(d, LOW_TRUSTED);
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
    }

    @Test
    void whenThePolicyTrustsARecipientTheDefaultDoesNot_thenRansomwareMakesThatRecipientAContradiction() {
        // Given ransomware and a recipient recorded as a known individual (MEDIUM by default), under a policy that
        // adds KNOWN_INDIVIDUAL to the low-risk recipients
        Incident.Builder incident = given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.KNOWN_INDIVIDUAL, AcquiredOrViewed.YES, Mitigation.NONE));
        // When
        Determination builtIn = determine(incident);
        Determination tuned = determineTuned("lowRiskRecipients = HIPAA_COVERED_ENTITY, BUSINESS_ASSOCIATE,"
                + " WORKFORCE_SAME_ENTITY, GOVERNMENT_AGENCY, KNOWN_INDIVIDUAL", incident);
        // Then the built-in rules score the known individual MEDIUM; the tuned ones treat the trusted recipient as
        // contradicted by ransomware (factor (ii) HIGH), never LOW
        assertFired(builtIn, II_MEDIUM);
        assertNotFired(builtIn, II_RANSOMWARE);
        assertEquals(RiskLevel.MEDIUM, builtIn.riskAssessment().unauthorizedRecipient());
        assertFired(tuned, II_RANSOMWARE);
        assertNotFired(tuned, II_LOW);
        assertTrue(finding(tuned, II_RANSOMWARE).message().contains("recorded as KNOWN_INDIVIDUAL"),
                finding(tuned, II_RANSOMWARE).message());
        assertEquals(RiskLevel.HIGH, tuned.riskAssessment().unauthorizedRecipient());
    }

    @Test
    void whenThePolicyNoLongerTrustsARecipient_thenRansomwareNoLongerCallsItAContradiction() {
        // Given ransomware and a recipient recorded as a government agency, under a policy that drops
        // GOVERNMENT_AGENCY from the low-risk recipients
        Incident.Builder incident = given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.GOVERNMENT_AGENCY, AcquiredOrViewed.YES, Mitigation.NONE));
        // When
        Determination builtIn = determine(incident);
        Determination tuned = determineTuned("lowRiskRecipients = HIPAA_COVERED_ENTITY, BUSINESS_ASSOCIATE,"
                + " WORKFORCE_SAME_ENTITY", incident);
        // Then both score factor (ii) HIGH, the built-in rules as a contradiction, the tuned ones as an untrusted
        // recipient
        assertFired(builtIn, II_RANSOMWARE);
        assertNotFired(builtIn, II_HIGH);
        assertFired(tuned, II_HIGH);
        assertNotFired(tuned, II_RANSOMWARE);
        assertEquals(RiskLevel.HIGH, tuned.riskAssessment().unauthorizedRecipient());
    }

    @Test
    void whenASnooperIsRecordedInBadFaithWithoutDeliberateMisuse_thenTheyAreTakenToHaveActedOnPurpose() {
        // Given exception (i) asserted with goodFaith false, recipient WORKFORCE_SAME_ENTITY, the snooper's
        // confidentiality assurance, 4,195 patients (1.1 answered: not a breach, nothing missing)
        Incident incident = given().affected(affected(4195, org.breachrules.api.Jurisdiction.CA, 4195))
                .exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, false, true, null, false))
                .riskAssessment(assessment(List.of(PhiType.NAME, PhiType.DIAGNOSIS),
                        RecipientType.WORKFORCE_SAME_ENTITY, AcquiredOrViewed.YES,
                        Mitigation.CONFIDENTIALITY_ASSURANCE)).build();
        // When
        Determination d = determine(incident);
        // Then deliberate: factor (ii) HIGH, the assurance no mitigation, a breach; deliberateMisuse is asked for
        assertFired(d, BAD_FAITH);
        assertFired(d, II_DELIBERATE);
        assertEquals(RiskLevel.HIGH, d.riskAssessment().mitigation());
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
        assertMissing(d, "riskAssessment.deliberateMisuse", org.breachrules.api.Impact.OUTCOME);
    }

    @Test
    void whenBadFaithIsRecordedButDeliberateMisuseIsGivenAsFalse_thenTheAssessmentDecides() {
        // Given the same, with deliberateMisuse: false and not viewed
        RiskAssessment a = new RiskAssessment(List.of(PhiType.NAME), RecipientType.WORKFORCE_SAME_ENTITY,
                AcquiredOrViewed.NO, List.of(Mitigation.CONFIDENTIALITY_ASSURANCE), Boolean.FALSE, null, null);
        // When
        Determination d = determine(given().exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, false,
                true, null, false)).riskAssessment(a));
        // Then
        assertNotFired(d, BAD_FAITH);
        assertNotMissing(d, "riskAssessment.deliberateMisuse");
        assertBasis(d, Basis.LOW_PROBABILITY_OF_COMPROMISE);
    }

    @Test
    void whenOnlyTheScopeOfAuthorityFails_thenDeliberateMisuseIsNotPresumed() {
        // Given withinScopeOfAuthority false alone is not bad faith
        // When
        Determination d = determine(given().exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, true,
                false, null, false)).riskAssessment(lowRiskAssessment()));
        // Then
        assertNotFired(d, BAD_FAITH);
    }

    @Test
    void whenNoRansomware_thenRansomwareFactorRuleDoesNotFire() {
        // Given
        // When
        Determination d = assess(highRiskAssessment());
        // Then
        assertNotFired(d, III_RANSOMWARE);
    }

    // ---- factor (iv) -------------------------------------------------------------------------------------------

    @Test
    void whenPhiRetrieved_thenFactorIVLow() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.YES,
                Mitigation.RETRIEVED);
        // Then
        assertFired(d, IV_LOW);
        assertNotFired(d, IV_HIGH);
    }

    @Test
    void whenNoMitigation_thenFactorIVHigh() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.YES,
                Mitigation.NONE);
        // Then
        assertFired(d, IV_HIGH);
        assertNotFired(d, IV_LOW);
    }

    // ---- conclusion --------------------------------------------------------------------------------------------

    @Test
    void whenNotAcquiredOrViewedAndMitigated_thenLowProbabilityAndNotABreach() {
        // Given SSNs on a laptop recovered and wiped, forensics show no access
        // When
        Determination d = assess(List.of(PhiType.SSN), RecipientType.UNKNOWN, AcquiredOrViewed.NO,
                Mitigation.REMOTE_WIPED);
        // Then
        assertFired(d, LOW_NOT_VIEWED);
        assertNotFired(d, LOW_TRUSTED);
        assertFired(d, NOT_A_BREACH);
        assertNotFired(d, BREACH);
        assertBasis(d, Basis.LOW_PROBABILITY_OF_COMPROMISE);
        assertTrue(d.riskAssessment().lowProbabilityOfCompromise());
        assertTrue(d.notifications().isEmpty());
    }

    @Test
    void whenNotAcquiredOrViewedButNotMitigated_thenNotLowProbability() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.SSN), RecipientType.UNKNOWN, AcquiredOrViewed.NO, Mitigation.NONE);
        // Then
        assertNotFired(d, LOW_NOT_VIEWED);
        assertFired(d, BREACH);
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
    }

    @Test
    void whenMisdirectedFaxToAnotherCoveredEntityWithAttestation_thenNotABreach() {
        // Given one patient's lab result faxed to another practice that attests it destroyed it (regulation.md T21)
        // When
        Determination d = determine(given().affected(inOhio(1)).riskAssessment(assessment(
                List.of(PhiType.NAME, PhiType.LAB_RESULTS), RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.YES,
                Mitigation.DESTROYED_WITH_ATTESTATION)));
        // Then
        assertFired(d, LOW_TRUSTED);
        assertNotFired(d, LOW_NOT_VIEWED);
        assertFired(d, NOT_A_BREACH);
        assertBasis(d, Basis.LOW_PROBABILITY_OF_COMPROMISE);
        assertEquals(new RiskAssessmentOutcome(RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.HIGH, RiskLevel.LOW, true),
                d.riskAssessment());
    }

    @Test
    void whenTrustedRecipientMitigatedButHighRiskInformation_thenNotLowProbability() {
        // Given
        // When
        Determination d = assess(List.of(PhiType.SSN), RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.YES,
                Mitigation.CONFIDENTIALITY_ASSURANCE);
        // Then
        assertNotFired(d, LOW_TRUSTED);
        assertFired(d, BREACH);
        assertNotFired(d, NOT_A_BREACH);
        assertFalse(d.riskAssessment().lowProbabilityOfCompromise());
    }

    @Test
    void whenKnownIndividualMitigatedLowRiskInformation_thenNotLowProbability() {
        // Given the recipient is not obliged to protect the PHI
        // When
        Determination d = assess(List.of(PhiType.NAME), RecipientType.KNOWN_INDIVIDUAL, AcquiredOrViewed.YES,
                Mitigation.CONFIDENTIALITY_ASSURANCE);
        // Then
        assertNotFired(d, LOW_TRUSTED);
        assertFired(d, BREACH);
    }

    @Test
    void whenAssessmentShowsNothingLow_thenBreachWithNotices() {
        // Given
        // When
        Determination d = assess(highRiskAssessment());
        // Then
        assertFired(d, BREACH);
        assertNotFired(d, NOT_A_BREACH);
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
        assertFalse(d.notifications().isEmpty());
    }

    // ---- 1.1: deliberate misuse, containment, completion date --------------------------------------------------

    static final String II_DELIBERATE = "Factor (ii) HIGH: the person misused the PHI on purpose";
    static final String IV_CONTAINED = "Factor (iv) MEDIUM: the incident was contained but the PHI not recovered";
    static final String IV_LOW_DESPITE_MISUSE =
            "Factor (iv) LOW: the risk was mitigated by more than the assurance of the person who misused the PHI";
    static final String COMPLETED_LATE =
            "Assessment completed after the individuals' deadline: notice was owed until then";

    private static RiskAssessment snooping(boolean deliberate, Mitigation... mitigations) {
        return new RiskAssessment(List.of(PhiType.DIAGNOSIS), RecipientType.WORKFORCE_SAME_ENTITY,
                AcquiredOrViewed.YES, List.of(mitigations), deliberate, null);
    }

    @Test
    void whenAWorkforceMemberSnoopsOnPurposeAndSignsAnAssurance_thenItIsABreach() {
        // Given an employee who deliberately viewed 4,195 records and then signed a confidentiality assurance
        Determination d = determine(given().affected(inOhio(4195))
                .riskAssessment(snooping(true, Mitigation.CONFIDENTIALITY_ASSURANCE)));
        // Then the recipient is high risk whatever their category, the assurance mitigates nothing
        assertFired(d, II_DELIBERATE);
        assertNotFired(d, II_LOW);
        assertFired(d, IV_HIGH);
        assertNotFired(d, IV_LOW);
        assertNotFired(d, IV_LOW_DESPITE_MISUSE);
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
        assertEquals(RiskLevel.HIGH, d.riskAssessment().unauthorizedRecipient());
        assertEquals(RiskLevel.HIGH, d.riskAssessment().mitigation());
    }

    @Test
    void whenTheSameAccessWasNotDeliberate_thenTheAssuranceStillCounts() {
        Determination d = determine(given().riskAssessment(snooping(false, Mitigation.CONFIDENTIALITY_ASSURANCE)));
        assertFired(d, II_LOW);
        assertNotFired(d, II_DELIBERATE);
        assertFired(d, IV_LOW);
        assertBasis(d, Basis.LOW_PROBABILITY_OF_COMPROMISE);
    }

    @Test
    void whenDeliberateMisuseIsRetrievedFrom_thenRetrievalStillMitigates() {
        Determination d = determine(given().riskAssessment(snooping(true, Mitigation.RETRIEVED,
                Mitigation.CONFIDENTIALITY_ASSURANCE)));
        assertFired(d, IV_LOW_DESPITE_MISUSE);
        assertNotFired(d, IV_LOW);
        assertFired(d, II_DELIBERATE);
    }

    @Test
    void whenAnOutsiderMisusesOnPurpose_thenTheUsualHighRuleDecides() {
        RiskAssessment outsider = new RiskAssessment(List.of(PhiType.NAME), RecipientType.MALICIOUS_ACTOR,
                AcquiredOrViewed.YES, List.of(), true, null);
        Determination d = determine(given().riskAssessment(outsider));
        assertFired(d, II_HIGH);
        assertNotFired(d, II_DELIBERATE);
    }

    @Test
    void whenTheIncidentIsOnlyContained_thenMitigationIsMedium() {
        for (Mitigation m : List.of(Mitigation.ACCESS_REVOKED, Mitigation.EXPOSURE_CLOSED,
                Mitigation.RESTORED_FROM_BACKUP)) {
            Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME),
                    RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.NO, m)));
            assertFired(d, IV_CONTAINED);
            assertNotFired(d, IV_LOW);
            assertNotFired(d, IV_HIGH);
            assertEquals(RiskLevel.MEDIUM, d.riskAssessment().mitigation(), m.name());
            assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
        }
    }

    @Test
    void whenContainedAndRetrieved_thenTheEffectiveMitigationDecides() {
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.NO, Mitigation.ACCESS_REVOKED,
                Mitigation.RETRIEVED)));
        assertFired(d, IV_LOW);
        assertNotFired(d, IV_CONTAINED);
    }

    private static RiskAssessment lowCompletedOn(LocalDate completedOn) {
        return new RiskAssessment(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.NO,
                List.of(Mitigation.RETRIEVED), false, completedOn);
    }

    @Test
    void whenALowAssessmentIsCompletedAfterTheIndividualsDeadline_thenAFindingSaysNoticeWasOwedUntilThen() {
        // Given discovery 2027-03-01 (deadline 2027-04-30) and an assessment completed the day after
        Determination late = determine(given().riskAssessment(lowCompletedOn(DAY_60.plusDays(1))),
                DAY_60.plusDays(5));
        Determination onTheDay = determine(given().riskAssessment(lowCompletedOn(DAY_60)), DAY_60.plusDays(5));
        // Then
        assertBasis(late, Basis.LOW_PROBABILITY_OF_COMPROMISE);
        assertTrue(finding(late, COMPLETED_LATE).message().contains(DAY_60.toString()));
        assertNotFired(onTheDay, COMPLETED_LATE);
    }

    // ---- messages follow the policy in force -------------------------------------------------------------------

    static final String IV_DEFAULT_WORDS = "the PHI was retrieved, destroyed with attestation, covered by a"
            + " confidentiality assurance, or wiped";

    @Test
    void whenThePolicyIsTheDefault_thenFactorIAndIvMessagesUseTheirWords() {
        // Given the built-in policy
        // When
        Determination high = assess(List.of(PhiType.NAME, PhiType.SSN), RecipientType.UNKNOWN, AcquiredOrViewed.YES,
                Mitigation.RETRIEVED);
        Determination medium = assess(List.of(PhiType.NAME, PhiType.DIAGNOSIS), RecipientType.UNKNOWN,
                AcquiredOrViewed.YES, Mitigation.EXPOSURE_CLOSED);
        Determination low = assess(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.YES,
                Mitigation.NONE);
        // Then
        assertEquals("Factor (i), nature and extent: HIGH (financial, government or credential identifiers, or"
                + " sensitive information).", finding(high, I_HIGH).message());
        assertEquals("Factor (iv), mitigation: LOW (" + IV_DEFAULT_WORDS + ").", finding(high, IV_LOW).message());
        assertEquals("Factor (i), nature and extent: MEDIUM (clinical or health identifiers).",
                finding(medium, I_MEDIUM).message());
        assertEquals("Factor (iv), mitigation: MEDIUM (the incident was contained: access revoked, exposure closed or"
                + " systems restored; the PHI itself was not recovered).", finding(medium, IV_CONTAINED).message());
        assertEquals("Factor (i), nature and extent: LOW (demographic or contact information only).",
                finding(low, I_LOW).message());
    }

    @Test
    void whenThePhiTypeSetsAreTuned_thenFactorINamesTheTypesMatched() {
        // Given a policy whose high-risk types are SSN and DIAGNOSIS only, and one whose medium-risk types are
        // DIAGNOSIS and DATE_OF_BIRTH only
        String high = "highRiskPhiTypes = SSN, DIAGNOSIS";
        String medium = "mediumRiskPhiTypes = DIAGNOSIS, DATE_OF_BIRTH";
        // When
        Determination diagnosis = determineTuned(high, given().riskAssessment(assessment(List.of(PhiType.NAME,
                PhiType.PAYMENT_CARD, PhiType.DIAGNOSIS), RecipientType.UNKNOWN, AcquiredOrViewed.YES)));
        Determination birthDate = determineTuned(medium, given().riskAssessment(assessment(List.of(PhiType.NAME,
                PhiType.LAB_RESULTS, PhiType.DATE_OF_BIRTH), RecipientType.UNKNOWN, AcquiredOrViewed.YES)));
        Determination labResults = determineTuned(medium, given().riskAssessment(assessment(List.of(PhiType.NAME,
                PhiType.LAB_RESULTS), RecipientType.UNKNOWN, AcquiredOrViewed.YES)));
        // Then each message names what the set in force matched, not the default sets' words
        assertEquals("Factor (i), nature and extent: HIGH (DIAGNOSIS, which the policy treats as high risk).",
                finding(diagnosis, I_HIGH).message());
        assertEquals("Factor (i), nature and extent: MEDIUM (DATE_OF_BIRTH, which the policy treats as medium risk).",
                finding(birthDate, I_MEDIUM).message());
        assertEquals("Factor (i), nature and extent: LOW (NAME and LAB_RESULTS, which the policy treats as neither"
                + " high nor medium risk).", finding(labResults, I_LOW).message());
    }

    @Test
    void whenTheMitigationSetsAreTuned_thenFactorIvNamesTheMitigationsMatched() {
        // Given a policy that counts revoking access as effective, and one whose only containment is closing the
        // exposure
        String effective = "effectiveMitigations = RETRIEVED, CONFIDENTIALITY_ASSURANCE, ACCESS_REVOKED";
        // When
        Determination revoked = determineTuned(effective, given().riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.UNKNOWN, AcquiredOrViewed.YES, Mitigation.ACCESS_REVOKED, Mitigation.RETRIEVED)));
        Determination misused = determineTuned(effective, given().riskAssessment(snooping(true,
                Mitigation.ACCESS_REVOKED, Mitigation.CONFIDENTIALITY_ASSURANCE)));
        Determination closed = determineTuned("containmentMitigations = EXPOSURE_CLOSED", given().riskAssessment(
                assessment(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.YES,
                        Mitigation.EXPOSURE_CLOSED)));
        // Then
        assertEquals("Factor (iv), mitigation: LOW (RETRIEVED and ACCESS_REVOKED, which the policy counts as"
                + " effective mitigation).", finding(revoked, IV_LOW).message());
        assertEquals("Factor (iv), mitigation: LOW (ACCESS_REVOKED, which the policy counts as effective mitigation;"
                + " the confidentiality assurance of a person who misused it on purpose does not count).",
                finding(misused, IV_LOW_DESPITE_MISUSE).message());
        assertEquals("Factor (iv), mitigation: MEDIUM (the incident was contained: EXPOSURE_CLOSED, which the policy"
                + " counts as containment; the PHI itself was not recovered).", finding(closed, IV_CONTAINED).message());
    }

    @Test
    void whenTheRetentionPeriodIsTuned_thenTheRebuttedPresumptionSaysHowLongToKeepTheAssessment() {
        // Given an assessment that shows a low probability of compromise
        // When
        Determination builtIn = assess(lowRiskAssessment());
        Determination tuned = determineTuned("retentionYears = 7", given().riskAssessment(lowRiskAssessment()));
        // Then
        assertTrue(finding(builtIn, NOT_A_BREACH).message().endsWith("Document the assessment and keep it six years."),
                finding(builtIn, NOT_A_BREACH).message());
        assertTrue(finding(tuned, NOT_A_BREACH).message().endsWith("Document the assessment and keep it seven years."),
                finding(tuned, NOT_A_BREACH).message());
    }
}
