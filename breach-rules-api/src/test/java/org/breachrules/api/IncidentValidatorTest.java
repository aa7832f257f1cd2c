package org.breachrules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The contract's "bad input" rules, checked on the API's records: every problem, with its field path, at once. */
class IncidentValidatorTest {
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 2);

    private static Incident.Builder valid() {
        return Incident.builder().id("INC-1").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(Affected.total(10));
    }

    private static List<String> fields(Incident incident) {
        return IncidentValidator.validate(incident, AS_OF).stream().map(Violation::field).toList();
    }

    @Test
    void whenTheIncidentIsComplete_thenThereIsNoProblem() {
        // Given a minimal valid incident / When validated / Then nothing is wrong
        assertEquals(List.of(), IncidentValidator.validate(valid().build(), AS_OF));
    }

    @Test
    void whenRequiredFieldsAreMissing_thenEachIsNamed() {
        // Given an incident with nothing set
        Incident empty = Incident.builder().build();
        // When validated
        List<String> fields = fields(empty);
        // Then every required field is reported, not just the first
        assertEquals(List.of("id", "reporter", "discoveredOn", "phiInvolved", "permittedByPrivacyRule"), fields);
    }

    @Test
    void whenPhiIsInvolvedWithoutAffectedIndividuals_thenAffectedIsRequired() {
        assertEquals(List.of("affected"), fields(valid().affected(null).build()));
        assertEquals(List.of(), fields(valid().phiInvolved(false).affected(null).build()));
    }

    @Test
    void whenTheIdIsTooLong_thenItIsRejected() {
        assertEquals(List.of(), fields(valid().id("x".repeat(128)).build()));
        assertEquals(List.of("id"), fields(valid().id("x".repeat(129)).build()));
        assertEquals(List.of("id"), fields(valid().id("").build()));
    }

    @Test
    void whenDatesAreOutOfOrder_thenEachIsReported() {
        // Given occurrence after discovery, discovery after the evaluation date, diligence after discovery
        Incident late = valid().occurredOn(LocalDate.of(2027, 3, 2)).discoveredOn(LocalDate.of(2027, 3, 1))
                .wouldHaveBeenDiscoveredOn(LocalDate.of(2027, 3, 2)).build();
        Incident future = valid().discoveredOn(LocalDate.of(2027, 3, 3)).build();
        // Then each names its field
        assertEquals(List.of("occurredOn", "wouldHaveBeenDiscoveredOn"), fields(late));
        assertEquals(List.of("discoveredOn"), fields(future));
        assertEquals(List.of(), fields(valid().discoveredOn(AS_OF).build()));
    }

    @Test
    void whenCountsDoNotAddUp_thenTheJurisdictionsAndContactCountsAreReported() {
        // Given residents adding up to 11 of 10, a negative count and 11 of 10 without contact information
        Map<Jurisdiction, Integer> residents = new LinkedHashMap<>();
        residents.put(Jurisdiction.OH, 6);
        residents.put(Jurisdiction.PR, 5);
        residents.put(Jurisdiction.GU, -1);
        Incident incident = valid().affected(new Affected(10, residents, 11, false)).build();
        // When validated
        List<String> fields = fields(incident);
        // Then each problem is reported with its path
        assertEquals(List.of("affected.byJurisdiction.GU", "affected.byJurisdiction",
                "affected.insufficientContactInfo"), fields);
        assertEquals(List.of(), fields(valid().affected(new Affected(10, Map.of(Jurisdiction.OH, 10), 10, false))
                .build()));
    }

    @Test
    void whenAWrittenDelayEndsBeforeItsStatement_thenTheEndDateIsReported() {
        LawEnforcementDelay delay = new LawEnforcementDelay(null,
                new WrittenStatement(LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 1)));
        assertEquals(List.of("lawEnforcementDelay.written.delayUntil"), fields(valid().lawEnforcementDelay(delay).build()));
    }

    @Test
    void whenAWrittenDelayNamesNoEnd_thenItIsValid() {
        LawEnforcementDelay delay = new LawEnforcementDelay(null, new WrittenStatement(LocalDate.of(2027, 3, 2), null));
        assertEquals(List.of(), fields(valid().lawEnforcementDelay(delay).build()));
    }

    @Test
    void whenALawEnforcementStatementIsDatedAfterTheEvaluationDate_thenItIsReported() {
        LawEnforcementDelay delay = new LawEnforcementDelay(new OralStatement(LocalDate.of(2027, 3, 3), "Det. A"),
                new WrittenStatement(LocalDate.of(2031, 3, 3), LocalDate.of(2031, 4, 1)));
        assertEquals(List.of("lawEnforcementDelay.oral.statedOn", "lawEnforcementDelay.written.statedOn"),
                fields(valid().lawEnforcementDelay(delay).build()));
        LawEnforcementDelay onTheDay = new LawEnforcementDelay(new OralStatement(AS_OF, "Det. A"), null);
        assertEquals(List.of(), fields(valid().lawEnforcementDelay(onTheDay).build()));
    }

    @Test
    void whenNoticesSentAreInconsistent_thenEachProblemIsReported() {
        // Given a notice in the future, one before discovery, a duplicate, a media notice without its state and an
        // individuals notice with one
        Incident incident = valid().noticesSent(List.of(
                new NoticeSent(Recipient.INDIVIDUALS, null, LocalDate.of(2027, 3, 3)),
                new NoticeSent(Recipient.HHS, null, LocalDate.of(2027, 2, 28)),
                new NoticeSent(Recipient.HHS, null, LocalDate.of(2027, 3, 1)),
                new NoticeSent(Recipient.MEDIA, null, LocalDate.of(2027, 3, 1)),
                new NoticeSent(Recipient.COVERED_ENTITY, Jurisdiction.TX, LocalDate.of(2027, 3, 1)))).build();
        // Then every one is named, with its index
        assertEquals(List.of("noticesSent[0].sentOn", "noticesSent[1].sentOn", "noticesSent[2]",
                "noticesSent[3].jurisdiction", "noticesSent[4].jurisdiction"), fields(incident));
        // And the boundaries (sent on the discovery day, and on the evaluation date) are valid
        assertEquals(List.of(), fields(valid().noticesSent(List.of(
                new NoticeSent(Recipient.INDIVIDUALS, null, LocalDate.of(2027, 3, 1)),
                new NoticeSent(Recipient.MEDIA, Jurisdiction.TX, AS_OF),
                new NoticeSent(Recipient.MEDIA, Jurisdiction.CA, AS_OF))).build()));
    }

    @Test
    void whenDeceasedCountsAreOutOfRange_thenTheyAreReported() {
        assertEquals(List.of("affected.deceased"), fields(valid()
                .affected(new Affected(10, Map.of(), 0, false, false, 11, null)).build()));
        assertEquals(List.of("affected.deceasedWithoutNextOfKinContact"), fields(valid()
                .affected(new Affected(10, Map.of(), 0, false, false, 3, 4)).build()));
        assertEquals(List.of("affected.deceasedWithoutNextOfKinContact"), fields(valid()
                .affected(new Affected(10, Map.of(), 0, false, false, null, 1)).build()));
        assertEquals(List.of("affected.deceased", "affected.deceasedWithoutNextOfKinContact"), fields(valid()
                .affected(new Affected(10, Map.of(), 0, false, false, -1, -1)).build()));
        assertEquals(List.of(), fields(valid().affected(new Affected(10, Map.of(), 0, false, true, 10, 10)).build()));
    }

    @Test
    void whenTheAssessmentIsCompletedAfterTheEvaluationDate_thenItIsReported() {
        RiskAssessment late = new RiskAssessment(List.of(PhiType.NAME), RecipientType.UNKNOWN, AcquiredOrViewed.NO,
                List.of(), false, LocalDate.of(2027, 3, 3));
        assertEquals(List.of("riskAssessment.completedOn"), fields(valid().riskAssessment(late).build()));
    }

    @Test
    void whenObjectsArePartlyFilled_thenTheirRequiredMembersAreNamed() {
        // Given objects present with their required members missing
        Incident incident = valid()
                .exception(new ExceptionClaim(null, true, null, null, null))
                .safeguards(new Safeguards(new Encryption(EncryptionStandard.NIST_SP_800_111, null, false),
                        new Destruction(null)))
                .riskAssessment(new RiskAssessment(List.of(), null, AcquiredOrViewed.NO, null))
                .businessAssociate(new BusinessAssociateDiscovery(LocalDate.of(2027, 2, 1), null))
                .build();
        // When validated
        List<String> fields = fields(incident);
        // Then every missing member is named
        assertEquals(List.of("businessAssociate.agentOfCoveredEntity", "exception.type",
                "safeguards.encryption.keyCompromised", "safeguards.destruction.method", "riskAssessment.phiTypes",
                "riskAssessment.recipient", "riskAssessment.mitigations"), fields);
    }

    @Test
    void whenMitigationNoneIsCombinedOrAListHoldsNull_thenItIsReported() {
        Incident incident = valid().riskAssessment(new RiskAssessment(Arrays.asList(PhiType.NAME, null),
                RecipientType.UNKNOWN, AcquiredOrViewed.YES, List.of(Mitigation.NONE, Mitigation.RETRIEVED)))
                .build();
        assertEquals(List.of("riskAssessment.phiTypes[1]", "riskAssessment.mitigations"), fields(incident));
    }

    @Test
    void whenAContractualWindowIsOutOfRangeOrOnACoveredEntity_thenItIsReported() {
        assertEquals(List.of("reporter.contractualNotificationDays"),
                fields(valid().reporter(new Reporter(Role.BUSINESS_ASSOCIATE, null, 61)).build()));
        assertEquals(List.of("reporter.contractualNotificationDays"),
                fields(valid().reporter(new Reporter(Role.COVERED_ENTITY, null, 10)).build()));
        assertEquals(List.of(), fields(valid().reporter(new Reporter(Role.BUSINESS_ASSOCIATE, null, 1)).build()));
    }

    @Test
    void whenRequireValidIsCalled_thenTheExceptionCarriesEveryViolation() {
        // Given an invalid incident
        Incident invalid = valid().id(null).phiInvolved(null).build();
        // When required to be valid
        InvalidIncidentException e = assertThrows(InvalidIncidentException.class,
                () -> IncidentValidator.requireValid(invalid, AS_OF));
        // Then every violation is there and the message names them
        assertEquals(List.of("id", "phiInvolved"), e.violations().stream().map(Violation::field).toList());
        assertTrue(e.getMessage().contains("id: is required"), e.getMessage());
    }

    @Test
    void whenListsAreGivenToRecords_thenTheRecordsKeepTheirOwnCopies() {
        // Given mutable lists handed to the records
        List<Location> locations = new ArrayList<>(List.of(Location.LAPTOP));
        Incident incident = valid().locations(locations).build();
        // When the caller changes its list afterwards
        locations.add(Location.EMAIL);
        // Then the record is unchanged and cannot be changed through its accessor
        assertEquals(List.of(Location.LAPTOP), incident.locations());
        assertThrows(UnsupportedOperationException.class, () -> incident.locations().add(Location.EMAIL));
        assertTrue(new Determination("x", false, Basis.NO_PHI, AS_OF, null, null, null, null, AS_OF, AS_OF, "v")
                .notifications().isEmpty());
    }

    @Test
    void whenBasesAreListed_thenOnlyTheBreachBasesSayBreach() {
        for (Basis basis : Basis.values()) {
            boolean breach = basis == Basis.ELECTED_TO_NOTIFY || basis == Basis.PRESUMED_BREACH_NO_ASSESSMENT
                    || basis == Basis.RISK_ASSESSMENT_NOT_LOW;
            assertEquals(breach, basis.breach(), basis.name());
        }
        assertFalse(Basis.SECURED_BY_ENCRYPTION.breach());
        assertEquals(56, Jurisdiction.values().length);
    }

    /** Issue 14, item 5: dates no real incident reaches are typos, rejected with the supported range. */
    @Test
    void whenADateIsOutsideTheSupportedRange_thenItIsReported() {
        Incident ancient = valid().occurredOn(LocalDate.of(1, 1, 1)).build();
        Incident far = valid().lawEnforcementDelay(new LawEnforcementDelay(null,
                new WrittenStatement(LocalDate.of(2027, 3, 2), LocalDate.of(10005, 12, 31)))).build();
        assertEquals(List.of("occurredOn"), fields(ancient));
        assertEquals(List.of("lawEnforcementDelay.written.delayUntil"), fields(far));
        assertTrue(IncidentValidator.validate(far, AS_OF).get(0).message().contains("1900-01-01 to 2999-12-31"));
        assertEquals(List.of(), fields(valid().occurredOn(IncidentValidator.EARLIEST_DATE).build()));
        assertEquals(List.of(), fields(valid().lawEnforcementDelay(new LawEnforcementDelay(null,
                new WrittenStatement(LocalDate.of(2027, 3, 2), IncidentValidator.LATEST_DATE))).build()));
        assertEquals(List.of("occurredOn"), fields(valid().occurredOn(IncidentValidator.EARLIEST_DATE.minusDays(1))
                .build()));
    }
}
