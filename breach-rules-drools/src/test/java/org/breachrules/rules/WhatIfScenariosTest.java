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
                    explained.retainDocumentationUntil(), explained.evaluatedOn(), explained.rulesVersion());
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
        void theMostConsequentialComeFirst() {
            List<WhatIf> all = whatIf(given().affected(affected(100, Jurisdiction.OH, 100)).build());
            int firstKept = 0;
            while (firstKept < all.size() && !all.get(firstKept).breach()) {
                firstKept++;
            }
            for (int i = firstKept; i < all.size(); i++) {
                assertTrue(all.get(i).breach(), "outcome changes come before every change that keeps the breach: "
                        + all.get(i).message());
            }
            assertTrue(firstKept > 0 && firstKept < all.size());
        }
    }

    @Nested
    class ScopeAndSafeHarbor {
        @Test
        void noPhiOrAPermittedDisclosureWouldMakeItNotABreach() {
            List<WhatIf> all = whatIf(given().build());
            WhatIf noPhi = only(all, "phiInvolved", "no protected health information");
            assertFalse(noPhi.breach());
            assertEquals(Basis.NO_PHI, noPhi.basis());
            assertEquals(List.of("INDIVIDUALS", "HHS"), noPhi.notificationsRemoved());
            assertEquals(Basis.PERMITTED_BY_PRIVACY_RULE, only(all, "permittedByPrivacyRule", "permitted").basis());
        }

        @Test
        void encryptionToEachAcceptedStandardWouldSecureThePhiButAnotherStandardWouldNot() {
            List<WhatIf> all = whatIf(given().build());
            for (String standard : List.of("NIST SP 800-111", "NIST SP 800-52", "NIST SP 800-77", "NIST SP 800-113",
                    "FIPS 140")) {
                WhatIf w = only(all, "safeguards.encryption", standard);
                assertEquals(Basis.SECURED_BY_ENCRYPTION, w.basis());
                assertTrue(w.message().contains("not a breach (SECURED_BY_ENCRYPTION, 45 CFR 164.402"), w.message());
            }
            assertTrue(none(all, "safeguards.encryption", "does not name"), "OTHER changes nothing: not listed");
        }

        @Test
        void aSecuredIncidentRestsOnTheKeyStayingSafeAndTheDataStayingEncrypted() {
            List<WhatIf> all = whatIf(given().safeguards(encryption(EncryptionStandard.NIST_SP_800_111, false, false))
                    .build());
            assertTrue(only(all, "safeguards.encryption.keyCompromised", "key").breach());
            assertTrue(only(all, "safeguards.encryption.decryptedWhenCompromised", "decrypted").breach());
            assertTrue(only(all, "safeguards.encryption", "had not been encrypted").breach());
            assertTrue(none(all, "safeguards.encryption", "NIST SP 800-111"), "the incident as it is: not a change");
        }

        @Test
        void destructionByAnAcceptedMethodWouldSecureThePhiButRedactionWouldNot() {
            List<WhatIf> all = whatIf(given().build());
            assertEquals(Basis.SECURED_BY_DESTRUCTION, only(all, "safeguards.destruction", "purged").basis());
            assertEquals(Basis.SECURED_BY_DESTRUCTION, only(all, "safeguards.destruction", "shredded").basis());
            assertTrue(none(all, "safeguards.destruction", "redacted"));
            List<WhatIf> destroyed = whatIf(given().safeguards(destruction(DestructionMethod.NIST_SP_800_88_DESTROY))
                    .build());
            assertTrue(only(destroyed, "safeguards.destruction", "not been destroyed").breach());
        }
    }

    @Nested
    class Exceptions {
        @Test
        void eachExceptionShownWithEveryConditionMetWouldMakeItNotABreach() {
            List<WhatIf> all = whatIf(given().build());
            assertEquals(3, at(all, "exception").size());
            assertTrue(at(all, "exception").stream().noneMatch(WhatIf::breach));
        }

        @Test
        void anUnprovenConditionOfTheAssertedExceptionIsTheOneFactThatDecides() {
            List<WhatIf> all = whatIf(given().exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS,
                    null, true, null, false)).build());
            WhatIf goodFaith = only(all, "exception.goodFaith", "in good faith");
            assertFalse(goodFaith.breach());
            assertEquals(Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS, goodFaith.basis());
        }

        @Test
        void anExceptionThatHoldsRestsOnEachOfItsConditions() {
            List<WhatIf> all = whatIf(given().exception(exception(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS,
                    true, true, null, false)).build());
            assertTrue(only(all, "exception.goodFaith", "not in good faith").breach());
            assertTrue(only(all, "exception.withinScopeOfAuthority", "outside").breach());
            assertTrue(only(all, "exception.furtherImpermissibleUseOrDisclosure", "led to further").breach());
            assertTrue(at(all, "exception.recipientAuthorizedAtSameEntityOrOhca").isEmpty(),
                    "exception (i) does not ask it: changing it changes nothing");
        }
    }

    @Nested
    class ElectionAndRiskAssessment {
        @Test
        void aDocumentedLowRiskAssessmentWouldRebutThePresumption() {
            WhatIf w = only(whatIf(given().build()), "riskAssessment", "low probability on every factor");
            assertFalse(w.breach());
            assertEquals(Basis.LOW_PROBABILITY_OF_COMPROMISE, w.basis());
        }

        @Test
        void electingToNotifyTurnsALowProbabilityIntoABreach() {
            WhatIf w = only(whatIf(given().riskAssessment(lowRiskAssessment()).build()), "electedToNotify", "elected");
            assertTrue(w.breach());
            assertEquals(Basis.ELECTED_TO_NOTIFY, w.basis());
            assertEquals(List.of("INDIVIDUALS", "HHS"), w.notificationsAdded());
        }

        /** A misdirected fax, viewed by another covered entity that attested it destroyed the pages. */
        private Incident misdirectedFax() {
            return given().riskAssessment(Incidents.assessment(List.of(PhiType.NAME, PhiType.DIAGNOSIS),
                    RecipientType.HIPAA_COVERED_ENTITY, AcquiredOrViewed.YES, Mitigation.DESTROYED_WITH_ATTESTATION))
                    .build();
        }

        @Test
        void aLowProbabilityRestsOnTheRecipientTheMitigationAndThePhiTypes() {
            List<WhatIf> all = whatIf(misdirectedFax());
            WhatIf recipient = only(all, "riskAssessment.recipient", "known individual");
            assertTrue(recipient.breach());
            assertEquals(Basis.RISK_ASSESSMENT_NOT_LOW, recipient.basis());
            assertTrue(only(all, "riskAssessment.mitigations", "could not be shown that the recipient attested")
                    .breach());
            assertTrue(only(all, "riskAssessment.phiTypes", "also included SSN").breach());
            assertTrue(only(all, "riskAssessment.deliberateMisuse", "deliberate misuse").breach());
        }

        @Test
        void oneStepDownFromAHighAssessmentIsNotEnoughToRebutIt() {
            List<WhatIf> all = whatIf(given().riskAssessment(highRiskAssessment()).build());
            assertTrue(at(all, "riskAssessment.recipient").isEmpty(), "malicious actor to known individual: still high");
            assertTrue(at(all, "riskAssessment.phiTypes").isEmpty());
        }
    }

    @Nested
    class CountsAcrossEveryThreshold {
        @Test
        void fiveHundredInTotalSendsTheHhsNoticeWithTheIndividualsNotice() {
            List<WhatIf> all = whatIf(given().affected(affected(499, Jurisdiction.OH, 100)).build());
            WhatIf w = only(all, "affected.total", "500 individuals");
            assertTrue(w.deadlinesMoved());
            assertTrue(w.message().contains("HHS from 2028-02-29 to 2027-04-30"), w.message());
            assertTrue(none(all, "affected.total", "499"), "the incident as it is");
        }

        @Test
        void oneBelowTheHhsThresholdMovesTheHhsNoticeToTheAnnualLog() {
            List<WhatIf> all = whatIf(given().affected(affected(500, Jurisdiction.OH, 100)).build());
            assertTrue(only(all, "affected.total", "499 individuals").deadlinesMoved());
            assertTrue(none(all, "affected.total", "500 individuals"));
        }

        @Test
        void fiveHundredAndOneResidentsOfAStateAddItsMediaNotice() {
            List<WhatIf> all = whatIf(given().affected(affected(700, Jurisdiction.OH, 500, Jurisdiction.KY, 200))
                    .build());
            WhatIf w = only(all, "affected.byJurisdiction.OH", "501 residents of OH");
            assertEquals(List.of("MEDIA:OH"), w.notificationsAdded());
            assertTrue(w.change().contains("701 in total"), w.change());
            assertTrue(none(all, "affected.byJurisdiction.OH", "500 residents"));
        }

        @Test
        void fiveHundredResidentsOfAStateRemoveItsMediaNotice() {
            List<WhatIf> all = whatIf(given().affected(affected(701, Jurisdiction.OH, 501, Jurisdiction.KY, 200))
                    .build());
            assertEquals(List.of("MEDIA:OH"), only(all, "affected.byJurisdiction.OH", "500 residents")
                    .notificationsRemoved());
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

        @Test
        void nineWithoutContactInformationCallForTheAlternativeForm() {
            WhatIf w = only(whatIf(given().affected(withInsufficientContact(100, 10)).build()),
                    "affected.insufficientContactInfo", "9 individuals");
            assertTrue(w.message().contains("substitute notice owed (ALTERNATIVE_WRITTEN_OR_TELEPHONE)"), w.message());
        }
    }

    @Nested
    class DatesAndDelay {
        @Test
        void discoveredOnTheLastDayOfTheYearBeforeMovesEveryDeadline() {
            WhatIf w = only(whatIf(given().build()), "discoveredOn", "2026-12-31");
            assertTrue(w.deadlinesMoved());
            assertTrue(w.message().contains("HHS from 2028-02-29 to 2027-03-01"), w.message());
            assertTrue(none(whatIf(given().build()), "discoveredOn", "2028-01-01"), "after the evaluation date");
        }

        @Test
        void aDocumentedDelayMovesTheDeadlines() {
            WhatIf w = only(whatIf(given().build()), "lawEnforcementDelay", "in writing");
            assertTrue(w.breach());
            assertTrue(w.deadlinesMoved());
            assertEquals(List.of(), w.notificationsAdded());
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
            assertEquals(5, encryption.changes().size());
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
            assertTrue(paths.get(0).changes().stream().anyMatch(w -> w.field().equals("riskAssessment.recipient")));
        }
    }
}
