package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.LawEnforcementStatement;
import org.breachrules.api.Mitigation;
import org.breachrules.api.Notification;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.RiskLevel;
import org.breachrules.api.Role;
import org.breachrules.api.StatementForm;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.api.SubstituteNoticeForm;
import org.breachrules.drools.facts.Policy;
import org.breachrules.drools.facts.PolicyName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every tunable is read by a rule: for each {@link PolicyName}, one {@code policy.properties} line moves it away
 * from its federal default and the answer for one small incident moves with it. A tunable no rule reads (a rule
 * that hard-codes the regulation's number instead) fails its case; a name added to {@link PolicyName} fails until a
 * case is written for it here.
 */
class TunablesTest {

    /** Discovery of every incident below; the regulation's 60 days end on 30 April. */
    private static final LocalDate DISCOVERED = LocalDate.of(2027, 3, 1);
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 2);
    private static final LocalDate DAY_30 = LocalDate.of(2027, 3, 31);
    private static final LocalDate DAY_60 = LocalDate.of(2027, 4, 30);
    /** A law-enforcement statement made ten days before the individuals' deadline, and the day after it. */
    private static final LocalDate STATED = LocalDate.of(2027, 4, 20);
    private static final LocalDate AFTER_STATEMENT = LocalDate.of(2027, 4, 21);

    /**
     * One tunable moved away from its default.
     *
     * @param line     the policy.properties line
     * @param moves    what it does to the answer, as the regulation reads
     * @param readBy   the rule file that reads the value
     * @param incident an incident whose answer depends on the value
     * @param asOf     the evaluation date
     * @param observe  the part of the determination that moves
     * @param builtIn  its value under the built-in rules (the federal default)
     * @param tuned    its value with the line applied
     */
    private record Case(String line, String moves, String readBy, Incident incident, LocalDate asOf,
                        Function<Determination, Object> observe, Object builtIn, Object tuned) {
        @Override
        public String toString() {
            return line + " " + moves;
        }
    }

    private static final Map<PolicyName, Case> CASES = new EnumMap<>(PolicyName.class);

    static {
        // ---- deadlines ------------------------------------------------------------------------------------------
        add(PolicyName.INDIVIDUAL_NOTICE_DAYS, new Case("individualNoticeDays = 30",
                "moves the individuals' deadline from day 60 to day 30 after discovery (164.404(b))",
                "notification-individuals.drl", incident().build(), AS_OF,
                deadline(Recipient.INDIVIDUALS), DAY_60, DAY_30));
        add(PolicyName.MEDIA_NOTICE_DAYS, new Case("mediaNoticeDays = 30",
                "moves the deadline for the media of a state with 600 affected residents from day 60 to day 30"
                        + " (164.406(b))",
                "notification-media.drl", incident().affected(inMassachusetts(600)).build(), AS_OF,
                deadline(Recipient.MEDIA), DAY_60, DAY_30));
        add(PolicyName.HHS_NOTICE_DAYS, new Case("hhsNoticeDays = 30",
                "moves HHS's deadline for a breach of 600 individuals from day 60 to day 30 (164.408(b))",
                "notification-hhs.drl", incident().affected(Affected.total(600)).build(), AS_OF,
                deadline(Recipient.HHS), DAY_60, DAY_30));
        add(PolicyName.HHS_ANNUAL_DAYS_AFTER_YEAR_END, new Case("hhsAnnualDaysAfterYearEnd = 30",
                "moves the annual HHS report of a breach of 3 individuals from 60 to 30 days after 31 December"
                        + " (164.408(c))",
                "notification-hhs.drl", incident().build(), AS_OF,
                deadline(Recipient.HHS), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 1, 30)));
        add(PolicyName.BUSINESS_ASSOCIATE_NOTICE_DAYS, new Case("businessAssociateNoticeDays = 10",
                "moves a business associate's deadline to tell the covered entity from day 60 to day 10"
                        + " (164.410(b))",
                "notification-business-associate.drl",
                incident().reporter(Reporter.of(Role.BUSINESS_ASSOCIATE)).build(), AS_OF,
                deadline(Recipient.COVERED_ENTITY), DAY_60, LocalDate.of(2027, 3, 11)));

        // ---- thresholds -----------------------------------------------------------------------------------------
        add(PolicyName.HHS_IMMEDIATE_MINIMUM_INDIVIDUALS, new Case("hhsImmediateMinimumIndividuals = 100",
                "makes a breach of 200 individuals reportable to HHS with the individual notice (day 60) instead"
                        + " of after the year end (164.408(b), (c))",
                "notification-hhs.drl", incident().affected(Affected.total(200)).build(), AS_OF,
                deadline(Recipient.HHS), LocalDate.of(2028, 2, 29), DAY_60));
        add(PolicyName.MEDIA_MINIMUM_RESIDENTS, new Case("mediaMinimumResidents = 100",
                "makes 200 affected residents of a state enough to notify its media (164.406(a): more than 500)",
                "notification-media.drl", incident().affected(inMassachusetts(200)).build(), AS_OF,
                d -> notification(d, Recipient.MEDIA) != null, false, true));
        add(PolicyName.SUBSTITUTE_NOTICE_MINIMUM_INDIVIDUALS, new Case("substituteNoticeMinimumIndividuals = 5",
                "makes 7 individuals with out-of-date contact information need web posting or major media instead"
                        + " of alternative written notice (164.404(d)(2))",
                "notification-individuals.drl", incident().affected(withoutContact(7)).build(), AS_OF,
                substitute(SubstituteNotice::form), SubstituteNoticeForm.ALTERNATIVE_WRITTEN_OR_TELEPHONE,
                SubstituteNoticeForm.CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA));
        add(PolicyName.SUBSTITUTE_POSTING_DAYS, new Case("substitutePostingDays = 120",
                "keeps the substitute notice on the home page 120 days instead of 90 (164.404(d)(2)(ii)(A))",
                "notification-individuals.drl", incident().affected(withoutContact(12)).build(), AS_OF,
                substitute(SubstituteNotice::postingDays), 90, 120));
        add(PolicyName.TOLL_FREE_NUMBER_DAYS, new Case("tollFreeNumberDays = 120",
                "keeps the toll-free number of a substitute notice 120 days instead of 90 (164.404(d)(2)(ii)(B))",
                "notification-individuals.drl", incident().affected(withoutContact(12)).build(), AS_OF,
                substitute(SubstituteNotice::tollFreeNumberDays), 90, 120));

        // ---- documentation --------------------------------------------------------------------------------------
        add(PolicyName.RETENTION_YEARS, new Case("retentionYears = 7",
                "keeps the documentation seven years from the evaluation instead of six (164.530(j)(2))",
                "documentation.drl", incident().build(), AS_OF,
                Determination::retainDocumentationUntil, LocalDate.of(2033, 3, 2), LocalDate.of(2034, 3, 2)));

        // ---- law-enforcement delay ------------------------------------------------------------------------------
        add(PolicyName.ORAL_DELAY_DAYS, new Case("oralDelayDays = 15",
                "ends the hold of an oral statement of 20 April after 15 days instead of 30, so the individuals'"
                        + " deadline moves from 20 May to 5 May (164.412(b))",
                "law-enforcement-delay.drl", incident().lawEnforcementDelay(oralStatement()).build(),
                AFTER_STATEMENT, deadline(Recipient.INDIVIDUALS), LocalDate.of(2027, 5, 20),
                LocalDate.of(2027, 5, 5)));
        add(PolicyName.TOLL_DEADLINES_DURING_DELAY, new Case("tollDeadlinesDuringDelay = true",
                "stops the individuals' 60 days during a 30-day oral hold: the deadline moves from the end of the"
                        + " hold (20 May) to 30 April plus 30 days (30 May) (164.412)",
                "law-enforcement-delay.drl", incident().lawEnforcementDelay(oralStatement()).build(),
                AFTER_STATEMENT, deadline(Recipient.INDIVIDUALS), LocalDate.of(2027, 5, 20),
                LocalDate.of(2027, 5, 30)));

        // ---- ransomware -----------------------------------------------------------------------------------------
        add(PolicyName.RANSOMWARE_ALWAYS_ACQUIRES, new Case("ransomwareAlwaysAcquires = true",
                "makes ransomware an acquisition despite forensic evidence that nothing was taken, so the restored"
                        + " system is a breach, not a low probability of compromise (164.402(2)(iii))",
                "risk-assessment.drl", incident().ransomware(true).riskAssessment(new RiskAssessment(
                        List.of(PhiType.NAME, PhiType.DIAGNOSIS), RecipientType.MALICIOUS_ACTOR,
                        AcquiredOrViewed.NO, List.of(Mitigation.RESTORED_FROM_BACKUP), null, null,
                        "forensic report FR-1")).build(), AS_OF,
                Determination::basis, Basis.LOW_PROBABILITY_OF_COMPROMISE, Basis.RISK_ASSESSMENT_NOT_LOW));

        // ---- the four-factor risk assessment --------------------------------------------------------------------
        add(PolicyName.HIGH_RISK_PHI_TYPES, new Case("highRiskPhiTypes = SSN, DRIVERS_LICENSE, FINANCIAL_ACCOUNT,"
                        + " PAYMENT_CARD, SENSITIVE_CONDITION, BIOMETRIC, CREDENTIALS, DIAGNOSIS",
                "scores a diagnosis HIGH instead of MEDIUM on factor (i), nature and extent (164.402(2)(i))",
                "risk-assessment.drl", assessed(List.of(PhiType.DIAGNOSIS), RecipientType.UNKNOWN, Mitigation.NONE),
                AS_OF, factor(RiskAssessmentOutcome::natureAndExtent), RiskLevel.MEDIUM, RiskLevel.HIGH));
        add(PolicyName.MEDIUM_RISK_PHI_TYPES, new Case("mediumRiskPhiTypes = DIAGNOSIS, TREATMENT, MEDICATION,"
                        + " LAB_RESULTS, MEDICAL_RECORD_NUMBER, HEALTH_PLAN_ID, PHOTO, OTHER, DATE_OF_BIRTH",
                "scores names with dates of birth MEDIUM instead of LOW on factor (i), nature and extent"
                        + " (164.402(2)(i))",
                "risk-assessment.drl",
                assessed(List.of(PhiType.NAME, PhiType.DATE_OF_BIRTH), RecipientType.UNKNOWN, Mitigation.NONE),
                AS_OF, factor(RiskAssessmentOutcome::natureAndExtent), RiskLevel.LOW, RiskLevel.MEDIUM));
        add(PolicyName.LOW_RISK_RECIPIENTS, new Case("lowRiskRecipients = HIPAA_COVERED_ENTITY, BUSINESS_ASSOCIATE,"
                        + " WORKFORCE_SAME_ENTITY",
                "scores a government agency that received the PHI HIGH instead of LOW on factor (ii), the"
                        + " unauthorized person (164.402(2)(ii))",
                "risk-assessment.drl", assessed(List.of(PhiType.NAME), RecipientType.GOVERNMENT_AGENCY,
                        Mitigation.NONE),
                AS_OF, factor(RiskAssessmentOutcome::unauthorizedRecipient), RiskLevel.LOW, RiskLevel.HIGH));
        add(PolicyName.MEDIUM_RISK_RECIPIENTS, new Case("mediumRiskRecipients =",
                "scores a known individual who received the PHI HIGH instead of MEDIUM on factor (ii), the"
                        + " unauthorized person (164.402(2)(ii))",
                "risk-assessment.drl", assessed(List.of(PhiType.NAME), RecipientType.KNOWN_INDIVIDUAL,
                        Mitigation.NONE),
                AS_OF, factor(RiskAssessmentOutcome::unauthorizedRecipient), RiskLevel.MEDIUM, RiskLevel.HIGH));
        add(PolicyName.EFFECTIVE_MITIGATIONS, new Case("effectiveMitigations = RETRIEVED, DESTROYED_WITH_ATTESTATION,"
                        + " REMOTE_WIPED",
                "no longer accepts a recipient's confidentiality assurance: factor (iv), mitigation, is HIGH"
                        + " instead of LOW (164.402(2)(iv))",
                "risk-assessment.drl", assessed(List.of(PhiType.NAME), RecipientType.HIPAA_COVERED_ENTITY,
                        Mitigation.CONFIDENTIALITY_ASSURANCE),
                AS_OF, factor(RiskAssessmentOutcome::mitigation), RiskLevel.LOW, RiskLevel.HIGH));
        add(PolicyName.CONTAINMENT_MITIGATIONS, new Case("containmentMitigations = ACCESS_REVOKED, EXPOSURE_CLOSED",
                "no longer counts a restore from backup as containment: factor (iv), mitigation, is HIGH instead of"
                        + " MEDIUM (164.402(2)(iv))",
                "risk-assessment.drl", assessed(List.of(PhiType.NAME), RecipientType.UNKNOWN,
                        Mitigation.RESTORED_FROM_BACKUP),
                AS_OF, factor(RiskAssessmentOutcome::mitigation), RiskLevel.MEDIUM, RiskLevel.HIGH));
    }

    private static void add(PolicyName name, Case c) {
        if (CASES.put(name, c) != null) {
            throw new IllegalStateException("two cases for " + name.key());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(PolicyName.class)
    void whenATunableMovesAwayFromItsDefault_thenTheAnswerMovesWithIt(PolicyName name) {
        // Given the case for this name, and the built-in rules with that one line of policy.properties
        Case c = CASES.get(name);
        assertNotNull(c, name.key() + " has no case: add one to TunablesTest that moves it away from its default"
                + " and names the answer that moves and the rule file that reads it");
        assertTrue(c.line().startsWith(name.key() + " ="), c.line() + " does not set " + name.key());
        DroolsBreachDeterminer federal = Engine.builtIn();
        try (DroolsBreachDeterminer tuned = DroolsBreachDeterminer.builder()
                .policy("policy.properties", c.line() + "\n").build()) {
            // (the line moves this value, and only this one)
            Policy defaults = federal.policy();
            for (PolicyName other : PolicyName.values()) {
                if (other == name) {
                    assertNotEquals(defaults.value(name), tuned.policy().value(name),
                            c.line() + " leaves " + name.key() + " at its default");
                } else {
                    assertEquals(defaults.value(other), tuned.policy().value(other), other.key());
                }
            }

            // When the case's incident is determined by both
            Object builtIn = c.observe().apply(federal.determine(c.incident(), c.asOf()));
            Object moved = c.observe().apply(tuned.determine(c.incident(), c.asOf()));

            // Then the built-in answer is the regulation's, and the tuned one moved as the line says
            assertEquals(c.builtIn(), builtIn, "built-in rules, before " + c);
            assertNotEquals(builtIn, moved, c + ": the answer did not move from " + builtIn + ", so no rule reads "
                    + name.key() + " (" + c.readBy() + " should)");
            assertEquals(c.tuned(), moved, c + " (read by " + c.readBy() + ")");
        }
    }

    // ---- incidents ------------------------------------------------------------------------------------------------

    /** A covered entity's breach of 3 individuals' PHI, discovered on 1 March 2027, with no risk assessment. */
    private static Incident.Builder incident() {
        return Incident.builder().id("TUNABLE-1").reporter(Reporter.of(Role.COVERED_ENTITY)).discoveredOn(DISCOVERED)
                .phiInvolved(true).permittedByPrivacyRule(false).affected(Affected.total(3));
    }

    /** That incident with a risk assessment that says the PHI was acquired or viewed. */
    private static Incident assessed(List<PhiType> phi, RecipientType recipient, Mitigation mitigation) {
        return incident().riskAssessment(new RiskAssessment(phi, recipient, AcquiredOrViewed.YES,
                List.of(mitigation))).build();
    }

    private static Affected inMassachusetts(int residents) {
        return new Affected(residents, Map.of(Jurisdiction.MA, residents), null, false);
    }

    private static Affected withoutContact(int individuals) {
        return new Affected(20, Map.of(), individuals, false);
    }

    /** An oral law-enforcement statement made on 20 April, ten days before the individuals' deadline. */
    private static LawEnforcementDelay oralStatement() {
        return LawEnforcementDelay.of(List.of(
                new LawEnforcementStatement(StatementForm.ORAL, STATED, "Detective, county police", null)));
    }

    // ---- observables ----------------------------------------------------------------------------------------------

    private static Notification notification(Determination d, Recipient recipient) {
        return d.notifications().stream().filter(n -> n.recipient() == recipient).findFirst().orElse(null);
    }

    private static Function<Determination, Object> deadline(Recipient recipient) {
        return d -> {
            Notification n = notification(d, recipient);
            return n == null ? "no notice to " + recipient : n.deadline();
        };
    }

    private static Function<Determination, Object> substitute(Function<SubstituteNotice, Object> part) {
        return d -> {
            Notification n = notification(d, Recipient.INDIVIDUALS);
            return n == null || n.substituteNotice() == null ? "no substitute notice" : part.apply(n.substituteNotice());
        };
    }

    private static Function<Determination, Object> factor(Function<RiskAssessmentOutcome, RiskLevel> level) {
        return d -> d.riskAssessment() == null ? "no risk assessment" : level.apply(d.riskAssessment());
    }
}
