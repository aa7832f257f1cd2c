package org.breachrules.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.facts.Policy;
import org.breachrules.drools.facts.PolicyName;
import org.breachrules.json.Scenario;
import org.junit.jupiter.api.Test;

/** A policy.drl copied from an earlier release keeps working: each release's file is a fixture, compiled here. */
class FirstReleasePolicyTest {

    /**
     * The upgrade promise, checked against the real file: {@code policy.drl} exactly as the first release (0.1.0,
     * a0b1615) shipped it, a test fixture, runs under this release. Its old threshold forms still compile, every
     * value it predates takes the federal default, and it decides the samples exactly as the built-in rules do.
     */
    @Test
    void whenThePolicyFileOfTheFirstReleaseIsUsed_thenItRunsAndDecidesAsTheBuiltInRules() throws Exception {
        String firstRelease = new String(FirstReleasePolicyTest.class.getResourceAsStream("/releases/0.1.0/policy.drl")
                .readAllBytes(), StandardCharsets.UTF_8);
        assertFalse(firstRelease.contains("containmentMitigations"), "the fixture predates containmentMitigations");
        DroolsBreachDeterminer old = DroolsBreachDeterminer.builder().rules("policy.drl", firstRelease).build();
        Policy p = old.policy();
        Policy federal = DroolsBreachDeterminer.builtIn().policy();
        for (PolicyName name : PolicyName.values()) {
            assertEquals(federal.value(name), p.value(name), name.key());
        }
        for (Scenario s : Scenarios.all()) {
            var expected = DroolsBreachDeterminer.builtIn().determine(s.incident(), s.asOf());
            var actual = old.determine(s.incident(), s.asOf());
            assertEquals(expected.breach(), actual.breach(), s.file());
            assertEquals(expected.basis(), actual.basis(), s.file());
            assertEquals(expected.notifications(), actual.notifications(), s.file());
            assertEquals(expected.stateObligations(), actual.stateObligations(), s.file());
        }
    }

}
