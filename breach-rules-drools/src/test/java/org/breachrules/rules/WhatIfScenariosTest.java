package org.breachrules.rules;

import static org.breachrules.rules.Incidents.AS_OF;
import static org.breachrules.rules.Incidents.affected;
import static org.breachrules.rules.Incidents.destruction;
import static org.breachrules.rules.Incidents.encryption;
import static org.breachrules.rules.Incidents.exception;
import static org.breachrules.rules.Incidents.given;
import static org.breachrules.rules.Incidents.highRiskAssessment;
import static org.breachrules.rules.Incidents.lowRiskAssessment;
import static org.breachrules.rules.Incidents.withInsufficientContact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Basis;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Determination;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.WhatIf;
import org.breachrules.api.WhatIfKind;
import org.breachrules.api.WhyNot;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.TunedRules;
import org.breachrules.drools.whatif.WhatIfAnalysis;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What would change the answer: each entry of the what-if catalogue, with its boundary, through the public API.
 * The baseline is an unencrypted breach of 100 Ohioans' PHI with no risk assessment (presumed breach).
 */
class WhatIfScenariosTest {
    private static final WhatIfAnalysis WHAT_IF = WhatIfAnalysis.of(DroolsBreachDeterminer.builtIn());

    private static List<WhatIf> whatIf(Incident incident) {
        Determination d = WHAT_IF.determine(incident, AS_OF);
        assertNotNull(d.whatIf(), "asked for, so never null");
        return d.whatIf();
    }

    private static List<WhatIf> at(List<WhatIf> all, String field) {
        return all.stream().filter(w -> w.field().equals(field)).toList();
    }

    private static WhatIf only(List<WhatIf> all, String field, String changeContains) {
        List<WhatIf> found = at(all, field).stream().filter(w -> w.change().contains(changeContains)).toList();
        assertEquals(1, found.size(), () -> "one what-if on " + field + " containing '" + changeContains + "', got "
                + all.stream().map(WhatIf::message).collect(Collectors.joining("\n")));
        return found.get(0);
    }

    private static boolean none(List<WhatIf> all, String field, String changeContains) {
        return at(all, field).stream().noneMatch(w -> w.change().contains(changeContains));
    }

    @Nested
    class NeverChangesTheDetermination {
        @Test
        void theDeterminationWithWhatIfsEqualsTheOneWithout() {
            Incident incident = given().affected(affected(700, Jurisdiction.OH, 520, Jurisdiction.KY, 180)).build();
            Determination plain = DroolsBreachDeterminer.builtIn().determine(incident, AS_OF);
            Determination explained = WHAT_IF.determine(incident, AS_OF);
            assertNull(plain.whatIf(), "not asked for: null, so the JSON leaves the field out");
            assertFalse(explained.whatIf().isEmpty());
            Determination withoutWhatIf = new Determination(explained.incidentId(), explained.breach(),
                    explained.basis(), explained.clockStartedOn(), explained.riskAssessment(),
                    explained.notifications(), explained.findings(), explained.actions(), explained.missingFacts(),
                    explained.retainDocumentationUntil(), explained.evaluatedOn(), explained.rulesVersion(), null,
                    explained.stateObligations(), explained.stateLawsAsOf());
            assertEquals(plain, withoutWhatIf);
        }

        @Test
        void everyWhatIfChangesSomethingAndSaysSoInItsMessage() {
            for (WhatIf w : whatIf(given().build())) {
                assertTrue(w.message().startsWith("If " + w.change() + ": "), w.message());
                assertTrue(w.message().endsWith("."), w.message());
            }
        }

        @Test
        void openFactsLeadThenEvidenceThenThresholds() {
            List<WhatIf> all = whatIf(given().affected(affected(499, Jurisdiction.OH, 499)).build());
            for (int i = 1; i < all.size(); i++) {
                assertTrue(all.get(i - 1).kind().ordinal() <= all.get(i).kind().ordinal(), all.toString());
            }
            assertEquals(WhatIfKind.OPEN_FACT, all.get(0).kind());
            assertEquals(WhatIfKind.THRESHOLD, all.get(all.size() - 1).kind());
        }
    }

    @Nested
    class SafeHarbor {
        @Test
        void encryptionNotRecordedIsAnOpenFactSettledByAStandardThatCoversTheDataState() {
            // Given a lost laptop with nothing recorded about encryption: at rest, by its location
            List<WhatIf> all = whatIf(given().locations(List.of(org.breachrules.api.Location.LAPTOP)).build());
            WhatIf fips = only(all, "safeguards.encryption", "FIPS 140");
            WhatIf atRest = only(all, "safeguards.encryption", "NIST SP 800-111");
            for (WhatIf w : List.of(fips, atRest)) {
                assertEquals(Basis.SECURED_BY_ENCRYPTION, w.basis());
                assertEquals(WhatIfKind.OPEN_FACT, w.kind());
            }
            assertTrue(none(all, "safeguards.encryption", "800-52"), "TLS does not cover data at rest: never offered");
        }

        @Test
        void aRecordedEncryptionIsNeverChanged() {
            List<WhatIf> all = whatIf(given().safeguards(encryption(EncryptionStandard.NIST_SP_800_111, false, false))
                    .build());
            assertTrue(all.stream().noneMatch(w -> w.field().startsWith("safeguards.encryption")), all.toString());
        }

        @Test
        void anUnknownDataStateIsAnOpenFactSettledEitherWay() {
            Incident incident = given().locations(List.of(org.breachrules.api.Location.EMAIL)).safeguards(
                    new org.breachrules.api.Safeguards(new org.breachrules.api.Encryption(
                            EncryptionStandard.NIST_SP_800_52, false, false), null)).build();
            WhatIf inMotion = only(whatIf(incident), "safeguards.encryption.dataState", "in motion");
            assertEquals(Basis.SECURED_BY_ENCRYPTION, inMotion.basis());
            assertEquals(WhatIfKind.OPEN_FACT, inMotion.kind());
        }

        @Test
        void destructionNotRecordedIsAnOpenFact() {
            List<WhatIf> all = whatIf(given().build());
            assertEquals(Basis.SECURED_BY_DESTRUCTION, only(all, "safeguards.destruction", "purged").basis());
            assertTrue(none(all, "safeguards.destruction", "redacted"), "redaction changes nothing: not listed");
            List<WhatIf> destroyed = whatIf(given().safeguards(destruction(DestructionMethod.NIST_SP_800_88_DESTROY))
                    .build());
            assertTrue(at(destroyed, "safeguards.destruction").isEmpty(), "a recorded destruction is never changed");
        }
    }

    @Nested
    class Exceptions {
        @Test
        void eachExceptionTheFactsDoNotExcludeIsAnOpenFact() {
            List<WhatIf> all = whatIf(given().build());
            assertEquals(3, at(all, "exception").size());
            assertTrue(at(all, "exception").stream().noneMatch(WhatIf::breach));
        }

        @Test
        void ransomwareHackingTheftOrLossExcludeExceptionsOneAndTwo() {
            for (Incident incident : List.of(given().ransomware(true).build(),
                    given().breachType(org.breachrules.api.BreachType.THEFT).build())) {
                List<WhatIf> all = whatIf(incident);
                assertTrue(none(all, "exception", "unintentional workforce access"), all.toString());
                assertTrue(none(all, "exception", "inadvertent disclosure"), all.toString());
            }
        }

        @Test
        void aMaliciousRecipientExcludesExceptionThree() {
            List<WhatIf> all = whatIf(given().riskAssessment(highRiskAssessment()).build());
            assertTrue(none(all, "exception", "could not retain"), all.toString());
        }

        @Test
        void anUnprovenConditionOfTheAssertedExceptionIsTheOneFactThatDecides() {
            List<WhatIf> all = whatIf(given().exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS,
                    null, true, null, false)).build());
            WhatIf goodFaith = only(all, "exception.goodFaith", "in good faith");
            assertFalse(goodFaith.breach());
            assertEquals(Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS, goodFaith.basis());
            assertEquals(WhatIfKind.OPEN_FACT, goodFaith.kind());
        }

        @Test
        void aRecordedConditionIsNeverChanged() {
            List<WhatIf> all = whatIf(given().exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS,
                    true, true, null, false)).build());
            assertTrue(all.stream().noneMatch(w -> w.field().startsWith("exception")), all.toString());
        }
    }

    @Nested
    class RiskAssessmentEvidence {
        @Test
        void aDocumentedAssessmentIsEvidenceTheEntityCouldStillProduce() {
            WhatIf w = only(whatIf(given().build()), "riskAssessment", "documented risk assessment");
            assertFalse(w.breach());
            assertEquals(Basis.LOW_PROBABILITY_OF_COMPROMISE, w.basis());
            assertEquals(WhatIfKind.EVIDENCE, w.kind());
        }

        @Test
        void forRansomwareTheAssessmentRestsOnForensicEvidenceAndARestore() {
            WhatIf w = only(whatIf(given().ransomware(true).build()), "riskAssessment", "forensic evidence");
            assertFalse(w.breach());
            assertEquals(WhatIfKind.EVIDENCE, w.kind());
        }

        @Test
        void theRecipientPhiTypesAndARecordedDeliberateMisuseAreNeverChanged() {
            Incident snooper = given().riskAssessment(new org.breachrules.api.RiskAssessment(List.of(PhiType.NAME),
                    RecipientType.WORKFORCE_SAME_ENTITY, AcquiredOrViewed.YES, List.of(Mitigation.NONE), true, null))
                    .build();
            List<WhatIf> all = whatIf(snooper);
            assertTrue(at(all, "riskAssessment.recipient").isEmpty(), all.toString());
            assertTrue(at(all, "riskAssessment.phiTypes").isEmpty(), all.toString());
            assertTrue(at(all, "riskAssessment.deliberateMisuse").isEmpty(), all.toString());
        }

        @Test
        void anUnknownAcquisitionIsAnOpenFact() {
            List<WhatIf> all = whatIf(given().riskAssessment(Incidents.assessment(List.of(PhiType.NAME),
                    RecipientType.UNKNOWN, AcquiredOrViewed.UNKNOWN, Mitigation.RETRIEVED)).build());
            WhatIf w = only(all, "riskAssessment.acquiredOrViewed", "not acquired");
            assertFalse(w.breach());
            assertEquals(WhatIfKind.OPEN_FACT, w.kind());
        }

        @Test
        void missingForensicEvidenceForRansomwareIsEvidence() {
            List<WhatIf> all = whatIf(given().ransomware(true).riskAssessment(Incidents.assessment(
                    List.of(PhiType.NAME), RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.NO,
                    Mitigation.RESTORED_FROM_BACKUP)).build());
            WhatIf w = only(all, "riskAssessment.forensicEvidence", "forensic report");
            assertFalse(w.breach());
            assertEquals(WhatIfKind.EVIDENCE, w.kind());
        }
    }

    @Nested
    class CountsNearAThreshold {
        @Test
        void fiveHundredInTotalSendsTheHhsNoticeWithTheIndividualsNotice() {
            List<WhatIf> all = whatIf(given().affected(affected(499, Jurisdiction.OH, 100)).build());
            WhatIf w = only(all, "affected.total", "500 individuals");
            assertTrue(w.deadlinesMoved());
            assertEquals(WhatIfKind.THRESHOLD, w.kind());
            assertTrue(w.message().contains("HHS from 2028-02-29 to 2027-04-30"), w.message());
            assertTrue(none(all, "affected.total", "499"), "the incident as it is");
        }

        @Test
        void aCountFarFromTheThresholdIsNotMovedUnlessItIsAnEstimate() {
            assertTrue(at(whatIf(given().affected(affected(100, Jurisdiction.OH, 100)).build()), "affected.total")
                    .isEmpty());
            org.breachrules.api.Affected estimate = new org.breachrules.api.Affected(100,
                    java.util.Map.of(Jurisdiction.OH, 100), 0, false, true, null, null);
            assertEquals(WhatIfKind.THRESHOLD, only(whatIf(given().affected(estimate).build()), "affected.total",
                    "500 individuals").kind());
        }

        @Test
        void fiveHundredAndOneResidentsOfAStateAddItsMediaNotice() {
            List<WhatIf> all = whatIf(given().affected(affected(700, Jurisdiction.OH, 500, Jurisdiction.KY, 200))
                    .build());
            WhatIf w = only(all, "affected.byJurisdiction.OH", "501 residents of OH");
            assertEquals(List.of("MEDIA:OH"), w.notificationsAdded());
            assertTrue(w.change().contains("701 in total"), w.change());
            assertTrue(at(all, "affected.byJurisdiction.KY").isEmpty(), "200 is not near 501");
        }

        @Test
        void aStateThresholdNearTheCountIsAThresholdEntry() {
            // Given 245 Texans: Texas's attorney-general duty starts at 250 (at least), within 10 %
            List<WhatIf> all = whatIf(given().affected(affected(245, Jurisdiction.TX, 245)).build());
            WhatIf w = only(all, "affected.byJurisdiction.TX", "250 residents of TX");
            assertEquals(WhatIfKind.THRESHOLD, w.kind());
            assertTrue(w.message().contains("state notice owed to TX ATTORNEY_GENERAL"), w.message());
            assertTrue(none(all, "affected.byJurisdiction.TX", "249 residents"), "no change from 245 to 249");
        }

        @Test
        void theTunedMediaThresholdGivesTunedWhatIfs() {
            WhatIfAnalysis tuned = WhatIfAnalysis.of(TunedRules.MEDIA_ABOVE_1000);
            List<WhatIf> all = tuned.determine(given().affected(affected(1000, Jurisdiction.OH, 1000)).build(), AS_OF)
                    .whatIf();
            assertEquals(List.of("MEDIA:OH"), only(all, "affected.byJurisdiction.OH", "1001 residents")
                    .notificationsAdded());
        }

        @Test
        void tenWithoutContactInformationCallForTheWebPostingOrMediaForm() {
            WhatIf w = only(whatIf(given().affected(withInsufficientContact(100, 9)).build()),
                    "affected.insufficientContactInfo", "10 individuals");
            assertTrue(w.message().contains("substitute notice owed (CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA)"), w.message());
        }
    }

    @Nested
    class DatesAndDelay {
        @Test
        void theDiscoveryDateIsNeverChanged() {
            assertTrue(at(whatIf(given().build()), "discoveredOn").isEmpty());
        }

        @Test
        void noLawEnforcementStatementIsEverInvented() {
            assertTrue(whatIf(given().build()).stream().noneMatch(w -> w.field().startsWith("lawEnforcementDelay")));
        }

        @Test
        void theMissingPeriodOfAWrittenStatementIsEvidence() {
            List<WhatIf> all = whatIf(given().lawEnforcementDelay(Incidents.written(Incidents.DISCOVERED,
                    null)).build());
            WhatIf w = only(all, "lawEnforcementDelay.written.delayUntil", "in writing");
            assertEquals(WhatIfKind.EVIDENCE, w.kind());
            assertTrue(w.deadlinesMoved());
        }
    }

    @Nested
    class WhyNotPaths {
        @Test
        void aBreachNamesEveryPathToNotABreachWithWhatBlocksItAndWhatWouldOpenIt() {
            Determination d = WHAT_IF.determine(given().build(), AS_OF);
            List<WhyNot> paths = WHAT_IF.whyNot(d);
            assertEquals(List.of(Basis.NO_PHI, Basis.PERMITTED_BY_PRIVACY_RULE, Basis.SECURED_BY_ENCRYPTION,
                    Basis.SECURED_BY_DESTRUCTION, Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS,
                    Basis.EXCEPTION_INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, Basis.EXCEPTION_RECIPIENT_COULD_NOT_RETAIN,
                    Basis.LOW_PROBABILITY_OF_COMPROMISE), paths.stream().map(WhyNot::path).toList());
            WhyNot encryption = paths.get(2);
            assertFalse(encryption.taken());
            assertTrue(encryption.blockedBy().stream().anyMatch(f -> f.message().contains("unsecured")),
                    encryption.blockedBy().toString());
            assertEquals(1, encryption.changes().size(), "FIPS 140 only: no location, so the data's state is unknown");
            WhyNot lowProbability = paths.get(7);
            assertTrue(lowProbability.blockedBy().stream().anyMatch(f -> f.message().contains("No risk assessment")));
        }

        @Test
        void notABreachNamesTheFactsItRestsOn() {
            Determination d = WHAT_IF.determine(given().riskAssessment(Incidents.assessment(List.of(PhiType.NAME),
                    RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.YES, Mitigation.DESTROYED_WITH_ATTESTATION))
                    .build(), AS_OF);
            List<WhyNot> paths = WHAT_IF.whyNot(d);
            assertEquals(1, paths.size());
            assertTrue(paths.get(0).taken());
            assertEquals(Basis.LOW_PROBABILITY_OF_COMPROMISE, paths.get(0).path());
            assertTrue(paths.get(0).changes().stream().allMatch(WhatIf::breach));
        }
    }
}
