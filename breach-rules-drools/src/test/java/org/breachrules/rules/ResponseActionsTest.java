package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Determination;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Phase;
import org.breachrules.api.ResponseAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * response-actions.drl: the checklist. Its rules conclude Actions, which make no finding: each rule is seen through
 * the text and phase of the actions it adds.
 */
class ResponseActionsTest {
    // one distinctive fragment of an action of each rule
    static final String CONTAIN = "Stop the incident if it is still in progress";
    static final String PRESERVE = "Preserve evidence";
    static final String RECORD_DISCOVERY = "Document the discovery date";
    static final String ESTABLISH = "Establish what happened";
    static final String ROOT_CAUSE = "Review the root cause";
    static final String RANSOMWARE = "Isolate the affected systems";
    static final String DRAFT = "Draft each notice in plain language";
    static final String TRACK = "Track each notification deadline";
    static final String KEEP_NOTICES = "Keep the determination, the notices and proof of delivery";
    static final String BOARD = "Report the breach and the corrective actions";
    static final String CONSIDER_ASSESSMENT = "No risk assessment was given";
    static final String LOG = "Add the breach to the log of smaller breaches";
    static final String PRESS = "Prepare a press statement";
    static final String SUBSTITUTE = "Publish the substitute notice";
    static final String LAW_ENFORCEMENT = "Keep the law-enforcement statement";
    static final String BA_COMPILE = "Compile the identity of each affected individual";
    static final String NOT_A_BREACH = "Document the determination (";
    static final String EXCEPTION = "Record the exception relied on";
    static final String KEEP_ASSESSMENT = "Keep the four-factor risk assessment";
    static final String SAFEGUARD = "Keep evidence of the safeguard";

    // ---- every incident ----------------------------------------------------------------------------------------

    @Test
    void whenAnyIncident_thenContainPreserveRecordInvestigateAndReview() {
        // Given even an incident with no PHI
        // When
        Determination d = determine(given().phiInvolved(false));
        // Then
        assertAction(d, Phase.CONTAINMENT, CONTAIN);
        assertAction(d, Phase.CONTAINMENT, PRESERVE);
        assertAction(d, Phase.INVESTIGATION, RECORD_DISCOVERY);
        assertAction(d, Phase.INVESTIGATION, ESTABLISH);
        assertAction(d, Phase.POST_INCIDENT_REVIEW, ROOT_CAUSE);
    }

    @Test
    void whenEvaluated_thenActionsAreInPhaseOrder() {
        // Given
        // When
        Determination d = determine(given().ransomware(true).affected(inOhio(600)));
        // Then
        List<Phase> phases = d.actions().stream().map(ResponseAction::phase).toList();
        assertEquals(phases.stream().sorted(Comparator.naturalOrder()).toList(), phases);
    }

    // ---- ransomware --------------------------------------------------------------------------------------------

    @Test
    void whenRansomware_thenIsolateAnalyseAndRestore() {
        // Given
        // When
        Determination d = determine(given().ransomware(true));
        // Then
        assertAction(d, Phase.CONTAINMENT, RANSOMWARE);
    }

    @Test
    void whenNoRansomware_thenNoRansomwareStep() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNoAction(d, RANSOMWARE);
    }

    // ---- breach ------------------------------------------------------------------------------------------------

    @Test
    void whenBreach_thenDraftNoticesTrackDeadlinesKeepProofAndReportToBoard() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertAction(d, Phase.NOTIFICATION, DRAFT);
        assertAction(d, Phase.NOTIFICATION, TRACK);
        assertAction(d, Phase.DOCUMENTATION, KEEP_NOTICES);
        assertAction(d, Phase.POST_INCIDENT_REVIEW, BOARD);
    }

    @Test
    void whenNotABreach_thenNoNoticeSteps() {
        // Given
        // When
        Determination d = determine(given().permittedByPrivacyRule(true));
        // Then
        assertNoAction(d, DRAFT);
        assertNoAction(d, TRACK);
        assertNoAction(d, BOARD);
    }

    @Test
    void whenBreachPresumedWithoutAssessment_thenConsiderADocumentedAssessment() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertAction(d, Phase.RISK_ASSESSMENT, CONSIDER_ASSESSMENT);
    }

    @Test
    void whenBreachByAssessmentOrElection_thenNoSuggestionToAssess() {
        // Given
        // When
        Determination assessed = determine(given().riskAssessment(highRiskAssessment()));
        Determination elected = determine(given().electedToNotify(true));
        // Then
        assertNoAction(assessed, CONSIDER_ASSESSMENT);
        assertNoAction(elected, CONSIDER_ASSESSMENT);
    }

    @Test
    void whenExactly499Affected_thenLogForTheAnnualHhsReport() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(499)));
        // Then
        assertAction(d, Phase.DOCUMENTATION, LOG);
    }

    @Test
    void whenExactly500Affected_thenNoAnnualLogStep() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(500)));
        // Then
        assertNoAction(d, LOG);
    }

    @Test
    void whenBusinessAssociateReportsUnder500_thenNoAnnualLogStep() {
        // Given the HHS log is the covered entity's
        // When
        Determination d = determine(given().reporter(businessAssociate(null)));
        // Then
        assertNoAction(d, LOG);
    }

    @Test
    void whenMediaNoticeOwed_thenPrepareStatementAndSpokesperson() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(501)));
        // Then
        assertAction(d, Phase.NOTIFICATION, PRESS);
    }

    @Test
    void whenExactly500ResidentsOfOneState_thenNoPressStep() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(500)));
        // Then
        assertNoAction(d, PRESS);
    }

    @Test
    void when10HaveInsufficientContactInfo_thenPostSubstituteNoticeFor90DaysAndSetUpTollFreeNumber() {
        // Given
        // When
        Determination d = determine(given().affected(withInsufficientContact(100, 10)));
        // Then
        ResponseAction a = assertAction(d, Phase.NOTIFICATION, SUBSTITUTE);
        assertTrue(a.action().contains("90 days"), a.action());
        assertTrue(a.action().contains("toll-free"), a.action());
    }

    @Test
    void when9HaveInsufficientContactInfo_thenNoWebPostingStep() {
        // Given
        // When
        Determination d = determine(given().affected(withInsufficientContact(100, 9)));
        // Then
        assertNoAction(d, SUBSTITUTE);
    }

    @Test
    void whenLawEnforcementDelay_thenKeepTheStatementAndHoldNotices() {
        // Given
        // When
        Determination d = determine(given().lawEnforcementDelay(
                written(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 5, 10))), LocalDate.of(2027, 3, 11));
        // Then
        ResponseAction a = assertAction(d, Phase.DOCUMENTATION, LAW_ENFORCEMENT);
        assertTrue(a.action().contains("2027-05-10"), a.action());
    }

    @Test
    void whenOralStatementUndocumented_thenTheHoldStepStillApplies() {
        // Given (1.2) an oral statement without the official's identity still delays
        // When
        Determination d = determine(given().lawEnforcementDelay(oral(LocalDate.of(2027, 3, 2), null)));
        // Then
        assertAction(d, Phase.DOCUMENTATION, LAW_ENFORCEMENT);
    }

    @Test
    void whenBusinessAssociateBreach_thenCompileWhatTheCoveredEntityNeeds() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(10)));
        // Then
        assertAction(d, Phase.NOTIFICATION, BA_COMPILE);
    }

    @Test
    void whenCoveredEntityBreach_thenNoBusinessAssociateStep() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNoAction(d, BA_COMPILE);
    }

    @Test
    void whenBusinessAssociateIncidentNotABreach_thenNoBusinessAssociateStep() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(10)).phiInvolved(false));
        // Then
        assertNoAction(d, BA_COMPILE);
    }

    // ---- not a breach ------------------------------------------------------------------------------------------

    @Test
    void whenNotABreach_thenDocumentTheBasisAndKeepItSixYears() {
        // Given
        // When
        Determination d = determine(given().phiInvolved(false));
        // Then
        ResponseAction a = assertAction(d, Phase.DOCUMENTATION, NOT_A_BREACH);
        assertTrue(a.action().contains("NO_PHI"), a.action());
        assertNoAction(d, KEEP_NOTICES);
    }

    @Test
    void whenBreach_thenNoNotABreachDocumentationStep() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNoAction(d, NOT_A_BREACH);
    }

    @ParameterizedTest
    @EnumSource(ExceptionType.class)
    void whenNotABreachByException_thenDocumentEachCondition(ExceptionType type) {
        // Given every condition established
        // When
        Determination d = determine(given().exception(exception(type, true, true, true, false)));
        // Then
        assertAction(d, Phase.DOCUMENTATION, EXCEPTION);
    }

    @Test
    void whenNotABreachForAnotherReason_thenNoExceptionStep() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(lowRiskAssessment()));
        // Then
        assertNoAction(d, EXCEPTION);
    }

    @Test
    void whenNotABreachByRiskAssessment_thenKeepTheAssessment() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(lowRiskAssessment()));
        // Then
        assertAction(d, Phase.RISK_ASSESSMENT, KEEP_ASSESSMENT);
    }

    @Test
    void whenRiskAssessmentNotLow_thenNoKeepAssessmentStep() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(highRiskAssessment()));
        // Then
        assertNoAction(d, KEEP_ASSESSMENT);
    }

    @Test
    void whenSecuredByEncryption_thenKeepEvidenceOfTheSafeguard() {
        // Given
        // When
        Determination d = determine(given().safeguards(encryption(EncryptionStandard.NIST_SP_800_111, false, false)));
        // Then
        assertAction(d, Phase.DOCUMENTATION, SAFEGUARD);
    }

    @Test
    void whenSecuredByDestruction_thenKeepEvidenceOfTheSafeguard() {
        // Given
        // When
        Determination d = determine(given().safeguards(destruction(DestructionMethod.NIST_SP_800_88_PURGE)));
        // Then
        assertAction(d, Phase.DOCUMENTATION, SAFEGUARD);
    }

    @Test
    void whenRedacted_thenNoSafeguardEvidenceStep() {
        // Given
        // When
        Determination d = determine(given().safeguards(destruction(DestructionMethod.REDACTED)));
        // Then
        assertNoAction(d, SAFEGUARD);
    }

    @Test
    void whenTheCountIsAnEstimate_thenAnHhsAddendumIsPlanned() {
        org.breachrules.api.Affected estimate = new org.breachrules.api.Affected(700,
                java.util.Map.of(org.breachrules.api.Jurisdiction.OH, 700), 0, false, true, null, null);
        Determination d = determine(given().affected(estimate));
        assertAction(d, Phase.NOTIFICATION, "addendum to the breach report");
        assertNoAction(determine(given()), "addendum");
    }

    // ---- the retention period follows the policy -------------------------------------------------------------

    @Test
    void whenTheRetentionPeriodIsTuned_thenTheDocumentationStepsSayHowLong() {
        // Given a breach and an incident that is not one, under the built-in policy and under retentionYears = 7
        // When
        Determination breach = determine(baseline());
        Determination notABreach = determine(given().permittedByPrivacyRule(true));
        Determination tunedBreach = determineTuned("retentionYears = 7", given());
        Determination tunedNotABreach = determineTuned("retentionYears = 7", given().permittedByPrivacyRule(true));
        // Then the built-in steps keep "six years"; the tuned ones say seven
        assertTrue(assertAction(breach, Phase.DOCUMENTATION, KEEP_NOTICES).action().endsWith("for six years."));
        assertTrue(assertAction(notABreach, Phase.DOCUMENTATION, NOT_A_BREACH).action()
                .contains("and keep it six years: the burden of proof is on the entity."));
        assertTrue(assertAction(tunedBreach, Phase.DOCUMENTATION, KEEP_NOTICES).action().endsWith("for seven years."));
        assertTrue(assertAction(tunedNotABreach, Phase.DOCUMENTATION, NOT_A_BREACH).action()
                .contains("and keep it seven years: the burden of proof is on the entity."));
    }
}
