package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Impact;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.MissingFact;
import org.breachrules.api.Mitigation;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.breachrules.api.RiskAssessment;
import org.breachrules.drools.TunedRules;
import org.junit.jupiter.api.Test;

/**
 * missing-facts.drl: the engine names every absent, provisional or contradicted fact that could change the answer,
 * and never concludes "not a breach" from one. The media entries the facts cannot settle come from
 * notification-media.drl and are checked here with the gap they depend on.
 */
class MissingFactsTest {
    static final String RESIDENCE = "Missing: residence of affected individuals, which could require media notice";
    static final String CONTACT = "Missing: how many individuals cannot be reached, which decides substitute notice";
    static final String ASSESSMENT = "Missing: a risk assessment, which could rebut the presumed breach";
    static final String ACQUIRED = "Missing: whether the PHI was acquired or viewed, which forensic evidence could settle";
    static final String BAD_FAITH =
            "Contradicted: access recorded as not in good faith, deliberate misuse not recorded";
    static final String RANSOMWARE_RECIPIENT =
            "Contradicted: ransomware, with a recipient recorded as an entity obliged to protect the PHI";
    static final String FORENSICS = "Missing: forensic evidence that ransomware did not acquire the PHI";
    static final String DATA_STATE = "Missing: whether encrypted PHI was at rest or in motion, which decides the safe harbor";
    static final String OFFICIAL =
            "Missing: the official behind an oral law-enforcement statement, a documentation gap";
    static final String DELAY_END =
            "Missing: the period of a written law-enforcement statement, which otherwise holds only as long as an oral"
                    + " one";
    static final String BAA_WINDOW =
            "Missing: the business associate agreement's notice window, which may be shorter than the regulation's";
    static final String ESTIMATE = "Missing: the exact number affected, which decides the HHS and media duties";
    static final String CONTRADICTED = "Contradicted: the asserted exception and the risk assessment disagree";

    @Test
    void everyRuleOfTheFileExists() {
        for (String rule : List.of(RESIDENCE, CONTACT, ASSESSMENT, ACQUIRED, OFFICIAL, DELAY_END, BAA_WINDOW, ESTIMATE,
                CONTRADICTED, BAD_FAITH, RANSOMWARE_RECIPIENT, FORENSICS, DATA_STATE)) {
            assertRuleExists(rule);
        }
    }

    // ---- residence (164.406(a)) ------------------------------------------------------------------------------------

    @Test
    void whenNoResidenceBreakdownIsGivenForALargeBreach_thenAnUnknownStateMediaDutyIsUndetermined() {
        // Given 307,839 affected and no per-state counts
        Determination d = determine(given().affected(unassigned(307_839)));
        // Then individuals and HHS are owed, and media is neither dropped nor guessed
        Notification media = notification(d, Recipient.MEDIA);
        assertNull(media.jurisdiction());
        assertEquals(NotificationStatus.UNDETERMINED, media.status());
        assertEquals(DAY_60, media.deadline(), "the day by which the duty must be settled");
        assertEquals(List.of("affected.byJurisdiction"), media.dependsOn());
        assertMissing(d, "affected.byJurisdiction", Impact.MEDIA);
        assertDependsOnAreMissing(d);
        assertEquals(NotificationStatus.DUE, notification(d, Recipient.INDIVIDUALS).status());
    }

    @Test
    void whenTheUnassignedCountIsAtTheThreshold_thenNoStateCanPassIt() {
        // Given 500 affected and no breakdown: no state can have MORE than 500
        Determination d = determine(given().affected(unassigned(500)));
        assertNoNotification(d, Recipient.MEDIA);
        assertNotMissing(d, "affected.byJurisdiction");
    }

    @Test
    void whenTheUnassignedCountIsOneAboveTheThreshold_thenTheMediaDutyIsUndetermined() {
        Determination d = determine(given().affected(unassigned(501)));
        assertEquals(NotificationStatus.UNDETERMINED, notification(d, Recipient.MEDIA).status());
        assertMissing(d, "affected.byJurisdiction", Impact.MEDIA);
    }

    @Test
    void whenAListedStateAtTheThresholdHasOneUnassignedIndividual_thenThatStateIsUndetermined() {
        // Given 500 Texans listed and 1 individual of unknown residence
        Determination d = determine(given().affected(unassigned(501, Jurisdiction.TX, 500)));
        Notification texas = mediaNotice(d, Jurisdiction.TX);
        assertEquals(NotificationStatus.UNDETERMINED, texas.status());
        assertEquals(List.of("affected.byJurisdiction"), texas.dependsOn());
        assertEquals(1, notifications(d, Recipient.MEDIA).size(), "no unknown-state entry: 1 cannot pass 500");
        assertDependsOnAreMissing(d);
    }

    @Test
    void whenAListedStateOneBelowCanOnlyReachTheThreshold_thenThereIsNoMediaDuty() {
        // Given 499 Texans and 1 unassigned: at most 500, not more than 500
        Determination d = determine(given().affected(unassigned(500, Jurisdiction.TX, 499)));
        assertNoNotification(d, Recipient.MEDIA);
        assertNotMissing(d, "affected.byJurisdiction");
    }

    @Test
    void whenAStateAlreadyPassesTheThreshold_thenItsDutyIsDueWhateverIsUnassigned() {
        Determination d = determine(given().affected(unassigned(900, Jurisdiction.TX, 600)));
        assertEquals(NotificationStatus.DUE, mediaNotice(d, Jurisdiction.TX).status());
        // 300 unassigned can carry no state past 500: nothing they could change, so nothing is missing
        assertNotMissing(d, "affected.byJurisdiction");
        assertEquals(1, notifications(d, Recipient.MEDIA).size());
    }

    @Test
    void whenTheMediaThresholdIsTuned_thenTheUnassignedBoundaryFollowsIt() {
        // Given a policy that notifies media only above 1,000 residents
        Determination at = TunedRules.MEDIA_ABOVE_1000.determine(given().affected(unassigned(1000)).build(), AS_OF);
        Determination above = TunedRules.MEDIA_ABOVE_1000.determine(given().affected(unassigned(1001)).build(), AS_OF);
        Determination listed = TunedRules.MEDIA_ABOVE_1000.determine(
                given().affected(unassigned(1001, Jurisdiction.TX, 1000)).build(), AS_OF);
        // Then 1,000 unassigned cannot pass it, 1,001 can, and a listed 1,000 plus 1 can
        assertNoNotification(at, Recipient.MEDIA);
        assertNull(notification(above, Recipient.MEDIA).jurisdiction());
        assertEquals(NotificationStatus.UNDETERMINED, mediaNotice(listed, Jurisdiction.TX).status());
    }

    @Test
    void whenABusinessAssociateReports_thenResidenceIsNotItsConcern() {
        Determination d = determine(given().reporter(businessAssociate(10)).affected(unassigned(5000)));
        assertNoNotification(d, Recipient.MEDIA);
        assertNotMissing(d, "affected.byJurisdiction");
    }

    // ---- contact information (164.404(d)(2)) -------------------------------------------------------------------------

    @Test
    void whenContactInformationIsNotGiven_thenSubstituteNoticeCannotBeSettled() {
        Determination d = determine(given().affected(new Affected(20, Map.of(Jurisdiction.OH, 20), null, false)));
        assertFired(d, "Individuals: notify each affected individual within the policy's deadline");
        assertMissing(d, "affected.insufficientContactInfo", Impact.SUBSTITUTE_NOTICE);
        assertEquals(NotificationStatus.DUE, notification(d, Recipient.INDIVIDUALS).status());
    }

    @Test
    void whenContactInformationIsGivenAsZero_thenNothingIsMissing() {
        Determination d = determine(given().affected(withInsufficientContact(20, 0)));
        assertNotMissing(d, "affected.insufficientContactInfo");
    }

    @Test
    void whenThereIsNoBreach_thenContactInformationIsNotAsked() {
        Determination d = determine(given().riskAssessment(lowRiskAssessment()));
        assertBasis(d, Basis.LOW_PROBABILITY_OF_COMPROMISE);
        assertNotMissing(d, "affected.insufficientContactInfo");
    }

    // ---- the presumption (164.402(2)) --------------------------------------------------------------------------------

    @Test
    void whenNoAssessmentIsGiven_thenTheBreachIsPresumedAndTheAssessmentIsNamed() {
        Determination d = determine(given());
        assertBasis(d, Basis.PRESUMED_BREACH_NO_ASSESSMENT);
        assertMissing(d, "riskAssessment", Impact.OUTCOME);
    }

    @Test
    void whenTheEntityElectsToNotify_thenNoAssessmentIsAskedFor() {
        Determination d = determine(given().electedToNotify(true));
        assertBasis(d, Basis.ELECTED_TO_NOTIFY);
        assertNotMissing(d, "riskAssessment");
    }

    @Test
    void whenWhetherThePhiWasViewedIsUnknown_thenForensicEvidenceIsNamedAndTheBreachStands() {
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.UNKNOWN, AcquiredOrViewed.UNKNOWN, Mitigation.NONE)));
        assertBasis(d, Basis.RISK_ASSESSMENT_NOT_LOW);
        assertMissing(d, "riskAssessment.acquiredOrViewed", Impact.OUTCOME);
    }

    @Test
    void whenTheAssessmentIsLowDespiteAnUnknownAnswer_thenNothingCouldMakeItMoreSo() {
        // Given a trusted recipient, retrieved, not high-risk: low whatever was viewed
        Determination d = determine(given().riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.UNKNOWN, Mitigation.RETRIEVED)));
        assertBasis(d, Basis.LOW_PROBABILITY_OF_COMPROMISE);
        assertNotMissing(d, "riskAssessment.acquiredOrViewed");
    }

    // ---- law enforcement (164.412) -------------------------------------------------------------------------------

    @Test
    void whenAnOralStatementHasNoOfficial_thenTheOfficialIsNamedAndTheStatementStillDelays() {
        // Given (1.2) an oral statement on 2027-03-02 without the official's identity: held to 2027-04-01
        Determination d = determine(given().lawEnforcementDelay(oral(LocalDate.of(2027, 3, 2), null)));
        assertMissing(d, "lawEnforcementDelay.oral.official", Impact.DEADLINES);
        assertEquals(LocalDate.of(2027, 4, 1), notification(d, Recipient.INDIVIDUALS).delayedUntil());
        assertEquals(DAY_60, notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenAWrittenStatementNamesNoEnd_thenItsEndIsNamed() {
        Determination d = determine(given().lawEnforcementDelay(written(LocalDate.of(2027, 3, 2), null)));
        assertMissing(d, "lawEnforcementDelay.written.delayUntil", Impact.DEADLINES);
        assertDependsOnAreMissing(d);
    }

    @Test
    void whenTheOralDelayIsTuned_thenTheWrittenStatementWithoutAPeriodNamesTheOrganisationsDays() {
        // Given a written statement naming no period, under the built-in policy and under oralDelayDays = 45
        Incident.Builder incident = given().lawEnforcementDelay(written(LocalDate.of(2027, 3, 2), null));
        // When
        MissingFact builtIn = assertMissing(determine(incident), "lawEnforcementDelay.written.delayUntil",
                Impact.DEADLINES);
        MissingFact tuned = assertMissing(determineTuned("oralDelayDays = 45", incident),
                "lawEnforcementDelay.written.delayUntil", Impact.DEADLINES);
        // Then the default reads as the regulation; the tuned message names the organisation's period
        assertTrue(builtIn.message().contains("holds notices only like an oral one. Obtain"), builtIn.message());
        assertTrue(tuned.message().contains("holds notices only like an oral one (organisation policy:"
                + " oralDelayDays = 45). Obtain"), tuned.message());
    }

    // ---- business associate (164.410(b)) ---------------------------------------------------------------------------

    @Test
    void whenABusinessAssociateGivesNoContractWindow_thenTheWindowIsNamedAndSixtyDaysApply() {
        Determination d = determine(given().reporter(businessAssociate(null)));
        assertMissing(d, "reporter.contractualNotificationDays", Impact.DEADLINES);
        assertEquals(DAY_60, notification(d, Recipient.COVERED_ENTITY).deadline());
        assertNotMissing(determine(given().reporter(businessAssociate(10))), "reporter.contractualNotificationDays");
    }

    // ---- estimates (164.408) ---------------------------------------------------------------------------------------

    @Test
    void whenTheTotalIsAnEstimate_thenHhsAndMediaMayChangeAndAnAddendumIsPlanned() {
        Affected estimate = new Affected(480, Map.of(Jurisdiction.OH, 480), 0, false, true, null, null);
        Determination d = determine(given().affected(estimate));
        assertMissing(d, "affected.total", Impact.HHS, Impact.MEDIA);
        assertAction(d, org.breachrules.api.Phase.NOTIFICATION, "addendum");
        assertNotMissing(determine(given().affected(inOhio(480))), "affected.total");
    }

    @Test
    void whenTheHhsMinimumIsTuned_thenTheEstimateNamesIt() {
        // Given an estimated 480 affected, under the built-in policy and under hhsImmediateMinimumIndividuals = 1000
        Incident.Builder incident = given().affected(new Affected(480, Map.of(Jurisdiction.OH, 480), 0, false, true,
                null, null));
        // When
        MissingFact builtIn = assertMissing(determine(incident), "affected.total", Impact.HHS, Impact.MEDIA);
        MissingFact tuned = assertMissing(determineTuned("hhsImmediateMinimumIndividuals = 1000", incident),
                "affected.total", Impact.HHS, Impact.MEDIA);
        // Then
        assertTrue(builtIn.message().contains("the HHS duty (500 or more: with the individual notice"),
                builtIn.message());
        assertTrue(tuned.message().contains("the HHS duty (1000 or more: with the individual notice"),
                tuned.message());
    }

    // ---- contradictions (164.402(1)) ---------------------------------------------------------------------------------

    @Test
    void whenTheLowRiskRecipientsAreTuned_thenTheRansomwareContradictionFollowsThem() {
        // Given ransomware with the recipient recorded as a government agency, and as a known individual
        Incident.Builder agency = given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.GOVERNMENT_AGENCY, AcquiredOrViewed.YES));
        Incident.Builder individual = given().ransomware(true).riskAssessment(assessment(List.of(PhiType.NAME),
                RecipientType.KNOWN_INDIVIDUAL, AcquiredOrViewed.YES));
        String withoutAgency = "lowRiskRecipients = HIPAA_COVERED_ENTITY, BUSINESS_ASSOCIATE, WORKFORCE_SAME_ENTITY";
        String withIndividual = "lowRiskRecipients = HIPAA_COVERED_ENTITY, BUSINESS_ASSOCIATE, WORKFORCE_SAME_ENTITY,"
                + " GOVERNMENT_AGENCY, KNOWN_INDIVIDUAL";
        // When / Then the built-in policy trusts the agency, not the individual: only the agency contradicts
        assertMissing(determine(agency), "riskAssessment.recipient", Impact.OUTCOME);
        assertNotMissing(determine(individual), "riskAssessment.recipient");
        // a policy that no longer trusts the agency: no contradiction
        assertNotMissing(determineTuned(withoutAgency, agency), "riskAssessment.recipient");
        // a policy that trusts the individual: the individual contradicts ransomware
        MissingFact contradicted = assertMissing(determineTuned(withIndividual, individual),
                "riskAssessment.recipient", Impact.OUTCOME);
        assertTrue(contradicted.message().contains("recorded as KNOWN_INDIVIDUAL"), contradicted.message());
    }

    @Test
    void whenExceptionOneIsContradictedByTheRecipient_thenItFailsNamingBothFields() {
        Determination d = determine(given()
                .exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, true, true, null, false))
                .riskAssessment(assessment(List.of(PhiType.DIAGNOSIS), RecipientType.KNOWN_INDIVIDUAL,
                        AcquiredOrViewed.YES)));
        assertTrue(d.breach());
        assertTrue(finding(d, "Exception (i) fails: the risk assessment names a recipient outside the entity's"
                + " workforce").message().contains("riskAssessment.recipient"));
        assertMissing(d, "riskAssessment.recipient", Impact.OUTCOME);
    }

    @Test
    void whenExceptionOneMeetsAnAssessmentThatAgrees_thenItApplies() {
        RiskAssessment agrees = new RiskAssessment(List.of(PhiType.DIAGNOSIS), RecipientType.WORKFORCE_SAME_ENTITY,
                AcquiredOrViewed.YES, List.of(), false, null);
        Determination d = determine(given()
                .exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, true, true, null, false))
                .riskAssessment(agrees));
        assertBasis(d, Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS);
        assertTrue(d.missingFacts().isEmpty(), d.missingFacts().toString());
    }
}
