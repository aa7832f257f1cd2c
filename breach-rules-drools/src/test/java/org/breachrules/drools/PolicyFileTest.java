package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.facts.OrganisationPolicy;
import org.breachrules.drools.facts.Policy;
import org.breachrules.drools.facts.PolicyName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * policy.properties: an organisation names only the values it changes; everything else keeps the release's
 * default, and every mistake is caught when the determiner is built, with its line.
 */
class PolicyFileTest {

    private static List<RuleProblem> problems(String text) {
        return assertThrows(InvalidRulesException.class, () -> PolicyFile.parse("policy.properties", text))
                .problems();
    }

    @Test
    void whenOneValueIsNamed_thenItAloneChangesAndEveryOtherValueKeepsTheDefault() {
        DroolsBreachDeterminer tuned = DroolsBreachDeterminer.builder()
                .policy("policy.properties", "# our BAAs say 10 days\nbusinessAssociateNoticeDays = 10\n").build();
        Policy p = tuned.policy();
        Policy federal = DroolsBreachDeterminer.builtIn().policy();
        assertEquals(10, p.getBusinessAssociateNoticeDays());
        assertEquals(federal.getIndividualNoticeDays(), p.getIndividualNoticeDays());
        assertEquals(federal.getMediaMinimumResidents(), p.getMediaMinimumResidents());
        assertEquals(federal.getHighRiskPhiTypes(), p.getHighRiskPhiTypes());
        assertTrue(tuned.rulesVersion().startsWith("tuned:"), tuned.rulesVersion());
        assertEquals(" (organisation policy: businessAssociateNoticeDays = 10)",
                p.organisationNote("businessAssociateNoticeDays"));
        assertEquals("", p.organisationNote("individualNoticeDays"));
    }

    /**
     * A simulated upgrade: ransomwareAlwaysAcquires is a tunable this release added. A folder written before it
     * (one value in policy.properties) runs unchanged and gets the new value's default. (A policy.drl copied from an
     * earlier release is compiled DRL: breach-rules-tuning tests it, FirstReleasePolicyTest.)
     */
    @Test
    void whenANewTunableArrivesWithAnUpgrade_thenTunedFoldersNeedNoEdit(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("policy.properties"), "businessAssociateNoticeDays = 10\n");
        DroolsBreachDeterminer tuned = DroolsBreachDeterminer.builder().rulesDirectory(folder).build();
        assertFalse(tuned.policy().isRansomwareAlwaysAcquires(), "the new tunable's default applies");
        assertTrue(tuned.determine(sample(), LocalDate.of(2027, 3, 2)).breach());
    }

    /** A name added after the first release defaults to exactly the value the built-in policy.drl sets. */
    @Test
    void whenANameWasAddedAfterTheFirstRelease_thenItsDefaultIsTheBuiltInValue() {
        Policy federal = DroolsBreachDeterminer.builtIn().policy();
        int added = 0;
        for (PolicyName name : PolicyName.values()) {
            if (name.addedLaterDefault() != null) {
                added++;
                assertEquals(federal.value(name), name.addedLaterDefault(), name.key());
            }
        }
        assertEquals(2, added, "ransomwareAlwaysAcquires and containmentMitigations");
    }

    private static org.breachrules.api.Incident sample() {
        return org.breachrules.api.Incident.builder().id("P-1")
                .reporter(org.breachrules.api.Reporter.of(org.breachrules.api.Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(org.breachrules.api.Affected.total(3)).build();
    }

    @Test
    void whenANameIsUnknown_thenItsLineIsGivenAndTheAllowedNamesListed() {
        List<RuleProblem> p = problems("\n\nbusinessAsociateNoticeDays = 10\n");
        assertEquals(1, p.size());
        assertEquals(3, p.get(0).line());
        assertTrue(p.get(0).message().contains("unknown policy name \"businessAsociateNoticeDays\""));
        assertTrue(p.get(0).message().contains(PolicyName.allKeys()));
    }

    @Test
    void whenValuesAreBad_thenEveryOneIsReportedWithItsLineAndWhatIsAllowed() {
        List<RuleProblem> p = problems("""
                individualNoticeDays = -60
                mediaMinimumResidents = lots
                ransomwareAlwaysAcquires = yes
                highRiskPhiTypes = SSN, SOCIAL
                individualNoticeDays = 30
                no equals sign here
                """);
        assertEquals(List.of(1, 2, 3, 4, 5, 6), p.stream().map(RuleProblem::line).toList());
        assertTrue(p.get(0).message().contains("1 to 3650, got -60"), p.get(0).message());
        assertTrue(p.get(1).message().contains("1 or more, got \"lots\""), p.get(1).message());
        assertTrue(p.get(2).message().contains("true or false"), p.get(2).message());
        assertTrue(p.get(3).message().contains("unknown value \"SOCIAL\"; allowed: NAME,"), p.get(3).message());
        assertTrue(p.get(4).message().contains("already set on line 1"), p.get(4).message());
        assertTrue(p.get(5).message().contains("expected \"name = value\""), p.get(5).message());
    }

    @Test
    void whenTheFileStartsWithAByteOrderMarkOrIsEmpty_thenItIsRead() {
        assertEquals(7, PolicyFile.parse("p", "\uFEFFretentionYears = 7\r\n").values()
                .get(PolicyName.RETENTION_YEARS));
        assertSame(OrganisationPolicy.NONE, PolicyFile.parse("p", "# nothing changed\n"));
    }

    @Test
    void whenAFolderHoldsAnUpperCaseDrlOrALatin1File_thenTheErrorNamesTheFile(@TempDir Path folder)
            throws Exception {
        Files.writeString(folder.resolve("policy.DRL"), "// mine");
        BreachRulesException upper = assertThrows(BreachRulesException.class,
                () -> DroolsBreachDeterminer.builder().rulesDirectory(folder));
        assertTrue(upper.getMessage().contains("policy.DRL") && upper.getMessage().contains("lower case"),
                upper.getMessage());

        Files.delete(folder.resolve("policy.DRL"));
        Files.write(folder.resolve("mine.drl"), "// caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        BreachRulesException latin1 = assertThrows(BreachRulesException.class,
                () -> DroolsBreachDeterminer.builder().rulesDirectory(folder));
        assertTrue(latin1.getMessage().contains("mine.drl") && latin1.getMessage().contains("not valid UTF-8"),
                latin1.getMessage());
    }
}
