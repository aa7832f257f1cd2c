package org.breachrules.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.verify.RulesVerifier.Difference;
import org.breachrules.verify.RulesVerifier.Kind;
import org.breachrules.verify.RulesVerifier.Report;
import org.junit.jupiter.api.Test;

/** Verification of tuned rules against the federal floor, over the library's golden scenarios. */
class RulesVerifierTest {

    private static List<RulesVerifier.Scenario> scenarios() {
        return GoldenScenarios.all().stream()
                .map(s -> new RulesVerifier.Scenario(s.file(), s.incident(), s.asOf())).toList();
    }

    private static Report verify(DroolsBreachDeterminer tuned) {
        return RulesVerifier.verify(Engine.builtIn(), tuned, scenarios());
    }

    private static boolean has(Report r, Kind kind, String scenarioPrefix, String field) {
        return r.differences().stream().anyMatch(d -> d.kind() == kind && d.scenario().startsWith(scenarioPrefix)
                && d.field().equals(field));
    }

    @Test
    void whenTheRulesAreUnchanged_thenThereIsNoDifference() {
        // Given the built-in rules compiled at run time
        DroolsBreachDeterminer same = DroolsBreachDeterminer.builder()
                .rules("local-additions.drl", "package org.breachrules.rules;\n").build();
        // When verified
        Report report = verify(same);
        // Then nothing differs
        assertEquals(List.of(), report.differences());
        assertEquals(GoldenScenarios.all().size(), report.scenarios());
    }

    @Test
    void whenTheMediaThresholdIsRaisedTo1000_thenMissingMediaNoticesAreBelowTheFloor() {
        // Given a policy that only notifies media above 1,000 residents
        DroolsBreachDeterminer loosened = DroolsBreachDeterminer.builder().rules("policy.drl",
                Engine.policyWith(".mediaMinimumResidents(501)", ".mediaMinimumResidents(1001)")).build();
        // When verified
        Report report = verify(loosened);
        // Then the 501 Florida residents of T04 lose their media notice, flagged below the floor
        assertTrue(report.belowFederalFloor());
        assertTrue(has(report, Kind.BELOW_FEDERAL_FLOOR, "t04", "notifications[MEDIA FL]"), report.toString());
    }

    @Test
    void whenADeadlineIsLengthened_thenItIsBelowTheFloor() {
        // Given individuals' notice at 90 days
        DroolsBreachDeterminer loosened = DroolsBreachDeterminer.builder().rules("policy.drl",
                Engine.policyWith(".individualNoticeDays(60)", ".individualNoticeDays(90)")).build();
        // When verified
        Report report = verify(loosened);
        // Then the later individual deadlines are below the floor
        assertTrue(has(report, Kind.BELOW_FEDERAL_FLOOR, "t01", "notifications[INDIVIDUALS].deadline"));
    }

    @Test
    void whenTheHhsThresholdBecomesStrict_thenTheExactly500CaseIsBelowTheFloor() {
        // Given HHS notified at once only above 500
        DroolsBreachDeterminer loosened = DroolsBreachDeterminer.builder().rules("policy.drl",
                Engine.policyWith(".hhsImmediateMinimumIndividuals(500)", ".hhsImmediateMinimumIndividuals(501)"))
                .build();
        // When verified
        Report report = verify(loosened);
        // Then T02 (exactly 500) moves HHS to the annual deadline: later, below the floor
        assertTrue(has(report, Kind.BELOW_FEDERAL_FLOOR, "t02", "notifications[HHS].deadline"), report.toString());
    }

    @Test
    void whenEverySsnIncidentMustBeNotified_thenTheChangesAreOnlyStricter() {
        // Given an added rule: an assessment involving SSNs never rebuts the presumption
        String rule = String.join("\n",
                "package org.breachrules.rules;",
                "import org.breachrules.api.Basis;",
                "import org.breachrules.api.PhiType;",
                "import org.breachrules.drools.facts.*;",
                "rule \"Organisation policy: always notify when SSNs are involved\"",
                "    @citation(\"45 CFR 164.402(2); organisation policy\")",
                "when",
                "    BreachPresumed( $c : forCase )",
                "    Case( this == $c, phiTypes contains PhiType.SSN )",
                "then",
                "    insertLogical(new ElectionToNotify($c, drools.getRule(), \"SSNs are involved: notify.\"));",
                "end",
                "");
        DroolsBreachDeterminer stricter = DroolsBreachDeterminer.builder().rules("ssn-policy.drl", rule).build();
        // When verified
        Report report = verify(stricter);
        // Then the SSN scenario that was not a breach now is, and nothing goes below the floor
        assertTrue(has(report, Kind.STRICTER, "b-risk-ssn-known-individual-not-acquired", "breach"),
                report.differences().toString());
        assertFalse(report.belowFederalFloor(), report.differences().toString());
        for (Difference d : report.differences()) {
            assertTrue(d.kind() != Kind.BELOW_FEDERAL_FLOOR, d.toString());
        }
    }

    @Test
    void whenTheOrganisationCountsRansomwareAlwaysAsAcquisition_thenTheChoiceIsStricterNeverBelowTheFloor() {
        // Given ransomwareAlwaysAcquires = true (the pre-1.2 default, a choice within the regulation)
        // When verified
        Report report = verify(DroolsBreachDeterminer.builder()
                .policy("policy.properties", "ransomwareAlwaysAcquires = true\n").build());
        // Then the fact sheet's ransomware scenario becomes a breach: stricter; nothing below the floor
        assertTrue(has(report, Kind.STRICTER, "v12-ransomware-forensics-restored", "breach"),
                report.differences().toString());
        assertFalse(report.belowFederalFloor(), report.differences().toString());
    }

    @Test
    void whenTheRiskScoringSetsAreTuned_thenAFlippedAssessmentIsChangedNeverBelowTheFloor() {
        // Given a policy that counts a known individual as a low-risk recipient (a judgement 164.402(2) leaves to
        // the entity)
        DroolsBreachDeterminer tuned = DroolsBreachDeterminer.builder().policy("policy.properties",
                "lowRiskRecipients = HIPAA_COVERED_ENTITY, BUSINESS_ASSOCIATE, WORKFORCE_SAME_ENTITY,"
                        + " GOVERNMENT_AGENCY, KNOWN_INDIVIDUAL\n").build();
        // When verified
        Report report = verify(tuned);
        // Then the assessments scored otherwise are "changed", for review
        assertTrue(report.differences().stream().anyMatch(d -> d.kind() == Kind.CHANGED
                && d.field().equals("riskAssessment")), report.differences().toString());
        assertFalse(report.belowFederalFloor(), report.differences().toString());
    }

    @Test
    void whenDeadlinesAreTolledDuringADelay_thenTheLaterDeadlinesAreChangedNeverBelowTheFloor() {
        // When the tolling switch the project offers is verified
        Report report = verify(DroolsBreachDeterminer.builder().rules("policy.drl",
                Engine.policyWith(".tollDeadlinesDuringDelay(false)", ".tollDeadlinesDuringDelay(true)")).build());
        // Then deadlines under the same hold differ: changed, for counsel, not below the floor
        assertTrue(report.differences().stream().anyMatch(d -> d.kind() == Kind.CHANGED
                && d.field().endsWith(".deadline")), report.differences().toString());
        assertFalse(report.belowFederalFloor(), report.differences().toString());
    }
}
