package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Address;
import org.breachrules.api.Confidence;
import org.breachrules.api.Determination;
import org.breachrules.api.Impact;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Mitigation;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Role;
import org.breachrules.api.StateObligation;
import org.breachrules.api.StateRecipient;
import org.breachrules.api.ThresholdComparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * state-law.drl: the state-law overlay (format 1.2), black-box through the public API. Unless said otherwise the
 * breach is discovered Monday 2027-03-01 and evaluated 2027-03-02, the exposed data are diagnoses (health data), and
 * the deadlines below are worked by hand from the shipped data files.
 */
class StateLawTest {
    static final String IN_FORCE = "State law: the version in force on the clock start governs each state consulted";
    static final String NOT_CHECKED = "State law: no data for the state or territory, its law was not checked";
    static final String DATA_BEGINS_LATER =
            "State law: the data begins after the clock start, the law then in force was not checked";
    static final String DEEMED = "State law: HIPAA compliance satisfies the state's statute, no state duty";
    static final String OUTSIDE_DEFINITION =
            "State law: the data exposed is outside the state's definition of personal information";
    static final String COUNSEL = "State law: duties from secondary sources must be confirmed with counsel";
    static final String BUSINESS_ASSOCIATE = "State law: a business associate's state duties run to the covered entity";
    static final String UNASSIGNED = "State law: residents of unknown residence may add state duties";

    /** The day every shipped file was last checked at the latest (NY, TX, CA... re-checked 2026-12-02). */
    static final LocalDate CHECKED_ON = LocalDate.of(2026, 12, 2);

    private static RiskAssessment exposed(PhiType... types) {
        return assessment(List.of(types), RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.YES, Mitigation.NONE);
    }

    /** {@code n} residents of one state, diagnoses exposed, discovered 2027-03-01. */
    private static Incident.Builder residents(Jurisdiction j, int n) {
        return given().affected(affected(n, j, n)).riskAssessment(exposed(PhiType.DIAGNOSIS));
    }

    private static List<StateObligation> entries(Determination d, Jurisdiction j) {
        return d.stateObligations().stream().filter(s -> s.jurisdiction() == j).toList();
    }

    private static StateObligation entry(Determination d, Jurisdiction j, StateRecipient recipient) {
        List<StateObligation> found = entries(d, j).stream().filter(s -> s.recipient() == recipient).toList();
        assertEquals(1, found.size(), () -> j + " " + recipient + ": " + d.stateObligations());
        return found.get(0);
    }

    // ---- thresholds: one below and at each edge, as the data words it ------------------------------------------

    @ParameterizedTest(name = "{0}: {1} residents -> no entry, {2} -> entry ({3} {4})")
    @CsvSource({
            // Texas 521.053(i): at least 250
            "TX, 249, 250, AT_LEAST, 250",
            // Washington RCW 19.255.010: more than 500
            "WA, 500, 501, MORE_THAN, 500",
            // California 1798.82(f): more than 500 (the AG sample copy)
            "CA, 500, 501, MORE_THAN, 500",
            // Oregon 646A.604(1)(b): more than 250
            "OR, 250, 251, MORE_THAN, 250",
            // Alabama 8-38-6: more than 1,000
            "AL, 1000, 1001, MORE_THAN, 1000",
            // District of Columbia 28-3852(b-1): at least 50
            "DC, 49, 50, AT_LEAST, 50",
            // Florida 501.171(3): at least 500
            "FL, 499, 500, AT_LEAST, 500",
            // Colorado 6-1-716(2)(f): at least 500
            "CO, 499, 500, AT_LEAST, 500"})
    void whenResidentsReachTheThreshold_thenTheAttorneyGeneralEntryAppears(Jurisdiction j, int below, int at,
                                                                         ThresholdComparison comparison, int number) {
        // Given the same breach one resident apart
        Determination under = determine(residents(j, below));
        Determination over = determine(residents(j, at));
        // Then only the count that meets the threshold owes the attorney general
        assertTrue(entries(under, j).stream().noneMatch(s -> s.recipient() == StateRecipient.ATTORNEY_GENERAL),
                () -> under.stateObligations().toString());
        StateObligation ag = entry(over, j, StateRecipient.ATTORNEY_GENERAL);
        assertEquals(comparison, ag.threshold().comparison());
        assertEquals(number, ag.threshold().residents());
        assertEquals(CHECKED_ON, over.stateLawsAsOf());
    }

    // ---- deadlines worked by hand ------------------------------------------------------------------------------

    @Test
    void whenTexasHas250Residents_thenTheAttorneyGeneralIsDue30DaysAfterDiscovery() {
        // 2027-03-01 + 30 calendar days = 2027-03-31 (SB 768 version, from 2023-09-01)
        StateObligation ag = entry(determine(residents(Jurisdiction.TX, 250)), Jurisdiction.TX,
                StateRecipient.ATTORNEY_GENERAL);
        assertEquals(LocalDate.of(2027, 3, 31), ag.deadline());
        assertNull(ag.timing());
        assertEquals(NotificationStatus.DUE, ag.status());
        assertEquals(Confidence.STATUTE_TEXT, ag.confidence());
        assertEquals("Tex. Bus. & Com. Code § 521.053(i)", ag.citation());
        assertTrue(ag.source().startsWith("http"), ag.source());
    }

    @Test
    void whenTexasWasDiscoveredBeforeSb768_thenTheOlder60DayVersionApplies() {
        // Discovered 2023-08-31, the day before SB 768: 60 days -> 2023-10-30
        Determination d = determine(residents(Jurisdiction.TX, 300).discoveredOn(LocalDate.of(2023, 8, 31)),
                LocalDate.of(2023, 9, 5));
        assertEquals(LocalDate.of(2023, 10, 30), entry(d, Jurisdiction.TX, StateRecipient.ATTORNEY_GENERAL).deadline());
    }

    @Test
    void whenEvaluatedOnTheLastDay_thenDue_andTheDayAfter_thenOverdue() {
        assertRuleExists("State duty status: its last day has not passed, or it is timed only by an ordering");
        assertRuleExists("State duty status: its last day has passed");
        // Texas AG, 30 days from 2027-03-01: the last day is 2027-03-31; DUE on it, OVERDUE on 2027-04-01
        assertEquals(NotificationStatus.DUE, entry(determine(residents(Jurisdiction.TX, 250),
                LocalDate.of(2027, 3, 31)), Jurisdiction.TX, StateRecipient.ATTORNEY_GENERAL).status());
        assertEquals(NotificationStatus.OVERDUE, entry(determine(residents(Jurisdiction.TX, 250),
                LocalDate.of(2027, 4, 1)), Jurisdiction.TX, StateRecipient.ATTORNEY_GENERAL).status());
    }

    @Test
    void whenTheDeadlineHasPassed_thenTheEntryIsOverdue() {
        // 2027-03-31 passed by 2027-04-01
        StateObligation ag = entry(determine(residents(Jurisdiction.TX, 250), LocalDate.of(2027, 4, 1)),
                Jurisdiction.TX, StateRecipient.ATTORNEY_GENERAL);
        assertEquals(NotificationStatus.OVERDUE, ag.status());
    }

    @Test
    void whenAlabamaHas1001Residents_thenTheAttorneyGeneralIsDue45DaysAfterDiscovery() {
        // 2027-03-01 + 45 = 2027-04-15
        Determination d = determine(residents(Jurisdiction.AL, 1001));
        assertEquals(LocalDate.of(2027, 4, 15), entry(d, Jurisdiction.AL, StateRecipient.ATTORNEY_GENERAL).deadline());
        assertFired(d, COUNSEL); // Alabama's carve-back rests on secondary sources
    }

    @Test
    void whenNewYorkNotifiedHhsTheWednesdayBeforeThanksgiving_thenTheAttorneyGeneralIsDueFiveBusinessDaysLater() {
        // HHS told Wednesday 2027-11-24. Thursday 25 is Thanksgiving (no business day); Friday 26 (1), Monday 29 (2),
        // Tuesday 30 (3), Wednesday 1 December (4), Thursday 2 December (5): 2027-12-02.
        Determination d = determine(given().discoveredOn(LocalDate.of(2027, 10, 1))
                .affected(affected(600, Jurisdiction.NY, 600)).riskAssessment(exposed(PhiType.DIAGNOSIS))
                .noticesSent(List.of(new NoticeSent(Recipient.HHS, null, LocalDate.of(2027, 11, 24)))),
                LocalDate.of(2027, 11, 26));
        StateObligation ag = entries(d, Jurisdiction.NY).stream()
                .filter(s -> s.citation().equals("N.Y. Gen. Bus. Law § 899-aa(9)")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 12, 2), ag.deadline());
        assertTrue(ag.timing().contains("sent 2027-11-24"), ag.timing());
        assertEquals(Confidence.STATUTE_TEXT, ag.confidence());
    }

    @Test
    void whenIllinoisNotifiedHhsTheWednesdayBeforeThanksgiving_thenTheAttorneyGeneralIsDueOnThursday2December() {
        // Same count as New York: 2027-11-24 + 5 business days over Thanksgiving = 2027-12-02
        Determination d = determine(given().discoveredOn(LocalDate.of(2027, 10, 1))
                .affected(affected(40, Jurisdiction.IL, 40)).riskAssessment(exposed(PhiType.NAME))
                .noticesSent(List.of(new NoticeSent(Recipient.HHS, null, LocalDate.of(2027, 11, 24)))),
                LocalDate.of(2027, 11, 26));
        // Names alone are outside Illinois's definition, but the duty after HHS notice applies whatever the data
        StateObligation ag = entry(d, Jurisdiction.IL, StateRecipient.ATTORNEY_GENERAL);
        assertEquals(LocalDate.of(2027, 12, 2), ag.deadline());
        assertEquals(Confidence.SECONDARY, ag.confidence());
    }

    @Test
    void whenHhsHasNotYetBeenNotified_thenTheNewYorkDeadlineCountsFromTheFederalDeadline() {
        // 100 individuals: HHS annual log due 2028-02-29 (Tuesday). Wednesday 1 March (1), Thursday 2 (2), Friday 3
        // (3), Monday 6 (4), Tuesday 7 (5): 2028-03-07.
        Determination d = determine(residents(Jurisdiction.NY, 100));
        StateObligation ag = entries(d, Jurisdiction.NY).stream()
                .filter(s -> s.citation().equals("N.Y. Gen. Bus. Law § 899-aa(9)")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2028, 3, 7), ag.deadline());
        assertTrue(ag.timing().contains("not yet sent") && ag.timing().contains("2028-02-29"), ag.timing());
    }

    @Test
    void whenTheDistrictHas50Residents_thenTheAttorneyGeneralIsOrderedAgainstTheIndividualNotice() {
        StateObligation ag = entry(determine(residents(Jurisdiction.DC, 50)), Jurisdiction.DC,
                StateRecipient.ATTORNEY_GENERAL);
        assertNull(ag.deadline());
        assertTrue(ag.timing().contains("2027-04-30"), ag.timing()); // the federal individual deadline
        assertEquals(NotificationStatus.DUE, ag.status());
    }

    @Test
    void whenTheIndividualNoticeWentOut_thenAnOrderingAgainstItIsOverdueAfterThatDay() {
        // Individuals told 2027-03-10; evaluated 2027-03-12 with no record of the District's notice
        Determination d = determine(residents(Jurisdiction.DC, 50)
                .noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, LocalDate.of(2027, 3, 10)))),
                LocalDate.of(2027, 3, 12));
        StateObligation ag = entry(d, Jurisdiction.DC, StateRecipient.ATTORNEY_GENERAL);
        assertEquals(NotificationStatus.OVERDUE, ag.status());
        assertTrue(ag.timing().contains("individuals notified 2027-03-10"), ag.timing());
    }

    @Test
    void whenOregonHas251Residents_thenTheOrderingWithoutADateStaysDue() {
        StateObligation ag = entry(determine(residents(Jurisdiction.OR, 251), LocalDate.of(2027, 12, 1)),
                Jurisdiction.OR, StateRecipient.ATTORNEY_GENERAL);
        assertNull(ag.deadline());
        assertEquals(NotificationStatus.DUE, ag.status());
    }

    // ---- versions across an effective date ---------------------------------------------------------------------

    @Test
    void whenCaliforniaWasDiscoveredOn31December2025_thenThe2012VersionApplies() {
        Determination d = determine(residents(Jurisdiction.CA, 501).discoveredOn(LocalDate.of(2025, 12, 31)),
                LocalDate.of(2026, 1, 2));
        // Only the AG sample copy, timed "without unreasonable delay"; no 30-day individual deadline yet
        assertEquals(List.of(StateRecipient.ATTORNEY_GENERAL),
                entries(d, Jurisdiction.CA).stream().map(StateObligation::recipient).toList());
        assertNull(entry(d, Jurisdiction.CA, StateRecipient.ATTORNEY_GENERAL).deadline());
    }

    @Test
    void whenCaliforniaWasDiscoveredOn1January2026_thenSb446Applies() {
        // Individuals: 2026-01-01 + 30 = 2026-01-31. AG copy: 15 days after the individual notice, not yet sent, so
        // from its federal deadline 2026-01-01 + 60 = 2026-03-02: 2026-03-17.
        Determination d = determine(residents(Jurisdiction.CA, 501).discoveredOn(LocalDate.of(2026, 1, 1)),
                LocalDate.of(2026, 1, 2));
        assertEquals(LocalDate.of(2026, 1, 31), entry(d, Jurisdiction.CA, StateRecipient.INDIVIDUALS).deadline());
        StateObligation ag = entry(d, Jurisdiction.CA, StateRecipient.ATTORNEY_GENERAL);
        assertEquals(LocalDate.of(2026, 3, 17), ag.deadline());
        assertTrue(ag.timing().contains("2026-03-02"), ag.timing());
        // The shorter state deadline never moves the federal one
        assertEquals(LocalDate.of(2026, 3, 2), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenOklahomaWasDiscoveredBeforeItsOnlyVersion_thenItsLawWasNotChecked() {
        Determination d = determine(residents(Jurisdiction.OK, 600).discoveredOn(LocalDate.of(2025, 12, 31)),
                LocalDate.of(2026, 1, 2));
        assertFired(d, DATA_BEGINS_LATER);
        assertTrue(entries(d, Jurisdiction.OK).isEmpty());
    }

    // ---- states where nothing survives, or nothing was checked -------------------------------------------------

    @Test
    void whenMarylandDeemsHipaaComplianceSufficient_thenAFindingWithItsCitationAndNoEntry() {
        Determination d = determine(residents(Jurisdiction.MD, 5000));
        assertTrue(d.stateObligations().isEmpty(), d.stateObligations().toString());
        assertTrue(finding(d, DEEMED).citation().startsWith("Md. Code, Com. Law § 14-3507(d)"));
        assertTrue(finding(d, DEEMED).message().startsWith("Maryland:"));
        assertEquals(CHECKED_ON, d.stateLawsAsOf());
    }

    @ParameterizedTest
    @EnumSource(value = Jurisdiction.class, names = {"AS", "MP"})
    void whenAJurisdictionHasNoData_thenAFindingSaysItsLawWasNotChecked(Jurisdiction j) {
        Determination d = determine(residents(j, 10));
        assertTrue(finding(d, NOT_CHECKED).message().contains("not checked"));
        assertTrue(d.stateObligations().isEmpty());
        assertEquals(CHECKED_ON, d.stateLawsAsOf());
    }

    @Test
    void whenOnlyHealthDataWasExposedInAStateWhoseDefinitionExcludesIt_thenNoEntryAndAFindingWhy() {
        // Massachusetts: personal information is SSN, driver's licence and account numbers
        Determination d = determine(residents(Jurisdiction.MA, 800));
        assertTrue(entries(d, Jurisdiction.MA).isEmpty());
        assertTrue(finding(d, OUTSIDE_DEFINITION).message().contains("SSN"));
    }

    @ParameterizedTest
    @EnumSource(value = PhiType.class, names = {"SSN", "DRIVERS_LICENSE", "FINANCIAL_ACCOUNT"})
    void whenTheStatesOwnDataWasExposed_thenItsEntriesAppear(PhiType type) {
        Determination d = determine(residents(Jurisdiction.MA, 800).riskAssessment(exposed(PhiType.DIAGNOSIS, type)));
        assertEquals(List.of(StateRecipient.ATTORNEY_GENERAL, StateRecipient.STATE_REGULATOR),
                entries(d, Jurisdiction.MA).stream().map(StateObligation::recipient).toList());
        assertNotFired(d, OUTSIDE_DEFINITION);
    }

    @Test
    void whenTheDataTypesAreUnknownAndTheStateCoversHealthInformation_thenAnyPhiBreachReachesIt() {
        // No risk assessment: riskAssessment.phiTypes is not known, but Texas's definition includes health
        // information, which every breach of PHI is: the AG duty is DUE (discovered 2027-03-01 + 30 = 03-31)
        Determination d = determine(given().affected(affected(300, Jurisdiction.TX, 300)));
        StateObligation ag = entry(d, Jurisdiction.TX, StateRecipient.ATTORNEY_GENERAL);
        assertEquals(NotificationStatus.DUE, ag.status());
        assertEquals(LocalDate.of(2027, 3, 31), ag.deadline());
        assertNotMissing(d, "riskAssessment.phiTypes");
    }

    @Test
    void whenTheDataTypesAreUnknownAndTheStateCoversOnlyFinancialIdentifiers_thenTheEntriesAreUndetermined() {
        // Massachusetts's definition has no health information: without the data types its duties are UNDETERMINED
        // and the engine asks for them
        Determination d = determine(given().affected(affected(300, Jurisdiction.MA, 300)));
        StateObligation ag = entry(d, Jurisdiction.MA, StateRecipient.ATTORNEY_GENERAL);
        assertRuleExists("State duty status: owed only if the data exposed falls under the definition, which is not"
                + " known");
        assertEquals(NotificationStatus.UNDETERMINED, ag.status());
        assertMissing(d, "riskAssessment.phiTypes", Impact.DEADLINES);
    }

    @Test
    void whenTheDataTypesAreKnown_thenTheEngineDoesNotAskForThem() {
        Determination d = determine(residents(Jurisdiction.TX, 300));
        assertNotMissing(d, "riskAssessment.phiTypes");
    }

    @Test
    void whenADutyRestsOnSecondarySources_thenAFindingAsksToConfirmItWithCounsel() {
        Determination d = determine(residents(Jurisdiction.WA, 501));
        assertEquals(Confidence.SECONDARY, entry(d, Jurisdiction.WA, StateRecipient.ATTORNEY_GENERAL).confidence());
        assertTrue(finding(d, COUNSEL).message().contains("counsel"));
        assertNotFired(determine(given().affected(affected(300, Jurisdiction.PR, 300))
                .riskAssessment(exposed(PhiType.DIAGNOSIS))), COUNSEL); // Puerto Rico's DACO duty: statute text
    }

    // ---- who is consulted ---------------------------------------------------------------------------------------

    @Test
    void whenTheReporterGivesItsOwnState_thenThatStateIsConsultedToo() {
        Reporter inMaryland = new Reporter(Role.COVERED_ENTITY, null, null, null, null, null,
                new Address(null, null, "MD", null), null);
        Determination d = determine(residents(Jurisdiction.TX, 300).reporter(inMaryland));
        assertTrue(finding(d, DEEMED).message().startsWith("Maryland:"));
        assertEquals(1, entries(d, Jurisdiction.TX).size());
    }

    @Test
    void whenNoStateIsGiven_thenNothingIsConsultedAndStateLawsAsOfIsNull() {
        Incident noBreakdown = given().affected(new org.breachrules.api.Affected(100, java.util.Map.of(), null, false))
                .build();
        Determination d = determine(noBreakdown);
        assertTrue(d.stateObligations().isEmpty());
        assertNull(d.stateLawsAsOf());
    }

    @Test
    void whenThereIsNoBreach_thenNoStateLawIsConsulted() {
        Determination d = determine(residents(Jurisdiction.TX, 300).riskAssessment(lowRiskAssessment()));
        assertTrue(d.stateObligations().isEmpty());
        assertNull(d.stateLawsAsOf());
    }

    @Test
    void whenABusinessAssociateReports_thenNoStateEntriesAndAFindingSaysWhy() {
        Determination d = determine(residents(Jurisdiction.TX, 300).reporter(businessAssociate(null)));
        assertTrue(d.stateObligations().isEmpty());
        assertFired(d, BUSINESS_ASSOCIATE);
        assertNull(d.stateLawsAsOf());
    }

    @Test
    void whenSomeIndividualsAreUnassigned_thenAFindingSaysTheStateDutiesCountOnlyThoseGiven() {
        Determination d = determine(given().affected(affected(900, Jurisdiction.TX, 300))
                .riskAssessment(exposed(PhiType.DIAGNOSIS)));
        assertTrue(finding(d, UNASSIGNED).message().startsWith("600 "));
    }

    @Test
    void whenSeveralStatesOweDuties_thenEntriesAreOrderedByCodeThenRecipient() {
        Determination d = determine(given().affected(affected(3000, Jurisdiction.TX, 1000, Jurisdiction.NY, 1000,
                Jurisdiction.DC, 1000)).riskAssessment(exposed(PhiType.SSN)));
        List<String> order = d.stateObligations().stream().map(s -> s.jurisdiction() + " " + s.recipient()).toList();
        assertEquals(List.of("DC ATTORNEY_GENERAL", "NY ATTORNEY_GENERAL", "NY ATTORNEY_GENERAL", "NY STATE_REGULATOR",
                "NY STATE_REGULATOR", "TX ATTORNEY_GENERAL"), order);
        // Each entry's finding cites the statute
        assertTrue(d.findings().stream().anyMatch(f -> f.citation().equals("Tex. Bus. & Com. Code § 521.053(i)")));
    }

    // ---- federal notifications never change ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Jurisdiction.class)
    void whenAnyStateIsConsulted_thenTheFederalNotificationsAreThoseOfTheFederalRuleAlone(Jurisdiction j) {
        // 1,200 residents, SSNs and diagnoses: every state's duties that can apply do
        Determination d = determine(given().affected(affected(1200, j, 1200))
                .riskAssessment(exposed(PhiType.SSN, PhiType.DIAGNOSIS)));
        List<String> federal = d.notifications().stream()
                .map(n -> n.recipient() + " " + n.jurisdiction() + " " + n.deadline() + " " + n.status()).toList();
        assertEquals(List.of("INDIVIDUALS null 2027-04-30 DUE", "HHS null 2027-04-30 DUE",
                "MEDIA " + j + " 2027-04-30 DUE"), federal);
        assertNotNull(d.stateLawsAsOf());
        for (Notification n : d.notifications()) {
            assertEquals(n.recipient() == Recipient.MEDIA ? j : null, n.jurisdiction());
        }
    }

    // ---- tuning: an organisation's own state file -------------------------------------------------------------

    @org.junit.jupiter.api.Test
    void whenATunedFolderReplacesAStateFile_thenItsValuesApplyAndTheRulesVersionNamesIt() throws Exception {
        // Given counsel's reading of Texas with the attorney-general threshold at 300 instead of 250
        String texas = new String(java.util.Objects.requireNonNull(org.breachrules.states.StateLaws.class
                .getResourceAsStream("/org/breachrules/states/TX.json")).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String tuned = texas.replace("\"residents\": 250", "\"residents\": 300");
        org.junit.jupiter.api.Assertions.assertNotEquals(texas, tuned, "the fixture changes the threshold");
        org.breachrules.drools.DroolsBreachDeterminer own = org.breachrules.drools.DroolsBreachDeterminer.builder()
                .stateLaw("TX.json", tuned).build();
        // When 250 Texans are affected
        Determination d = own.determine(residents(Jurisdiction.TX, 250).build(), AS_OF);
        // Then the built-in rules owe the attorney general, the tuned ones do not yet; the versions differ
        assertEquals(1, entries(determine(residents(Jurisdiction.TX, 250)), Jurisdiction.TX).stream()
                .filter(e -> e.recipient() == StateRecipient.ATTORNEY_GENERAL).count());
        assertTrue(entries(d, Jurisdiction.TX).stream().noneMatch(e -> e.recipient() == StateRecipient.ATTORNEY_GENERAL),
                d.stateObligations().toString());
        assertEquals(1, entries(own.determine(residents(Jurisdiction.TX, 300).build(), AS_OF), Jurisdiction.TX)
                .stream().filter(e -> e.recipient() == StateRecipient.ATTORNEY_GENERAL).count());
        org.junit.jupiter.api.Assertions.assertNotEquals(
                org.breachrules.drools.DroolsBreachDeterminer.builtIn().rulesVersion(), own.rulesVersion());
    }

    @org.junit.jupiter.api.Test
    void whenATunedStateFileIsInvalid_thenTheBuildFailsNamingTheFileAndField() {
        org.breachrules.api.InvalidRulesException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.breachrules.api.InvalidRulesException.class, () -> org.breachrules.drools.DroolsBreachDeterminer
                        .builder().stateLaw("TX.json", "{\"jurisdiction\": \"TX\"}").build());
        assertTrue(e.getMessage().contains("TX.json"), e.getMessage());
    }
}
