package org.breachrules.drools.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.drools.Engine;
import org.junit.jupiter.api.Test;

/** Words and RiskWords: the wording messages build from the policy in force. */
class WordsTest {

    @Test
    void whenANumberIsOneToTwenty_thenItIsWrittenInWords() {
        assertEquals("one", Words.number(1));
        assertEquals("six", Words.number(6));
        assertEquals("seven", Words.number(7));
        assertEquals("twenty", Words.number(20));
        assertEquals("21", Words.number(21));
        assertEquals("0", Words.number(0));
        assertEquals("100", Words.number(100));
    }

    @Test
    void whenYearsAreWritten_thenOneIsSingular() {
        assertEquals("one year", Words.years(1));
        assertEquals("six years", Words.years(6));
        assertEquals("seven years", Words.years(7));
        assertEquals("25 years", Words.years(25));
    }

    @Test
    void whenValuesAreListed_thenTheLastIsJoinedWithAnd() {
        assertEquals("", Words.and(List.of()));
        assertEquals("SSN", Words.and(List.of("SSN")));
        assertEquals("SSN and DIAGNOSIS", Words.and(List.of("SSN", "DIAGNOSIS")));
        assertEquals("NAME, SSN and DIAGNOSIS", Words.and(List.of("NAME", "SSN", "DIAGNOSIS")));
    }

    @Test
    void whenThePolicyIsTheBuiltIn_thenRiskWordsDescribeExactlyItsSets() {
        // Given the built-in policy.drl's sets
        Policy federal = Engine.builtIn().policy();
        // Then the sets the words describe are those (a change of default in policy.drl must be followed here)
        assertEquals(federal.getHighRiskPhiTypes(), RiskWords.HIGH_RISK_PHI_TYPES);
        assertEquals(federal.getMediumRiskPhiTypes(), RiskWords.MEDIUM_RISK_PHI_TYPES);
        assertEquals(federal.getEffectiveMitigations(), RiskWords.EFFECTIVE_MITIGATIONS);
        assertEquals(federal.getContainmentMitigations(), RiskWords.CONTAINMENT_MITIGATIONS);
    }

    @Test
    void whenASetDiffersFromTheOneTheWordsDescribe_thenTheMatchedValuesAreNamedOnceInEnumOrder() {
        assertEquals("SSN and DIAGNOSIS, which the policy treats as high risk", RiskWords.highRiskPhi(
                java.util.EnumSet.of(PhiType.SSN, PhiType.DIAGNOSIS),
                List.of(PhiType.DIAGNOSIS, PhiType.NAME, PhiType.SSN, PhiType.DIAGNOSIS)));
        assertEquals("no PHI type recorded that the policy treats as high or medium risk",
                RiskWords.lowRiskPhi(java.util.EnumSet.noneOf(PhiType.class), java.util.EnumSet.noneOf(PhiType.class),
                        List.of()));
        assertEquals("RETRIEVED, which the policy counts as effective mitigation", RiskWords
                .effectiveMitigationBesidesAssurance(java.util.EnumSet.of(Mitigation.RETRIEVED,
                        Mitigation.CONFIDENTIALITY_ASSURANCE), List.of(Mitigation.CONFIDENTIALITY_ASSURANCE,
                        Mitigation.RETRIEVED)));
    }
}
