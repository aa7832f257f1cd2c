package org.breachrules.states;

import org.breachrules.api.ThresholdComparison;
import org.breachrules.api.StateRecipient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.PhiType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's contract: version choice by clock start, thresholds, overrides, and errors that name file and field. */
class StateLawsTest {
    private static final StateLaws BUILT_IN = StateLaws.builtIn();

    @Test
    void whenAtLeast250IsCompared_thenExactly250MeetsItAnd249DoesNot() {
        Threshold t = new Threshold(250, ThresholdComparison.AT_LEAST);
        assertTrue(t.isMetBy(250));
        assertFalse(t.isMetBy(249));
    }

    @Test
    void whenMoreThan500IsCompared_thenExactly500DoesNotMeetItAnd501Does() {
        Threshold t = new Threshold(500, ThresholdComparison.MORE_THAN);
        assertFalse(t.isMetBy(500));
        assertTrue(t.isMetBy(501));
    }

    @Test
    void whenCaliforniaClockStartsAcrossNewYear2026_thenSb446AppliesOnlyFromJanuaryFirst() {
        StateLawVersion before = BUILT_IN.versionInForce(Jurisdiction.CA, LocalDate.of(2025, 12, 31)).orElseThrow();
        StateLawVersion after = BUILT_IN.versionInForce(Jurisdiction.CA, LocalDate.of(2026, 1, 1)).orElseThrow();
        assertEquals(LocalDate.of(2012, 1, 1), before.effectiveFrom());
        assertEquals(LocalDate.of(2026, 1, 1), after.effectiveFrom());
        assertFalse(before.duties().stream().anyMatch(d -> d.recipient() == StateRecipient.INDIVIDUALS));
        StateDuty individuals = after.duties().stream().filter(d -> d.recipient() == StateRecipient.INDIVIDUALS)
                .findFirst().orElseThrow();
        assertEquals(new Deadline(30, DayKind.CALENDAR, ClockStart.DISCOVERY), individuals.deadline().orElseThrow());
    }

    @Test
    void whenTheClockStartsBeforeTheFirstVersion_thenNoVersionIsInForce() {
        assertTrue(BUILT_IN.versionInForce(Jurisdiction.OK, LocalDate.of(2025, 12, 31)).isEmpty());
        assertTrue(BUILT_IN.versionInForce(Jurisdiction.OK, LocalDate.of(2026, 1, 1)).isPresent());
        assertTrue(BUILT_IN.versionInForce(Jurisdiction.AS, LocalDate.of(2026, 6, 1)).isEmpty());
    }

    @Test
    void whenNewYorkNotifiesHhs_thenTheAttorneyGeneralIsDueFiveBusinessDaysLater() {
        StateLawVersion ny = BUILT_IN.versionInForce(Jurisdiction.NY, LocalDate.of(2026, 3, 1)).orElseThrow();
        StateDuty afterHhs = ny.duties().stream().filter(StateDuty::requiresHhsNotice).findFirst().orElseThrow();
        assertEquals(org.breachrules.api.Confidence.STATUTE_TEXT, afterHhs.confidence());
        // HHS notified Wednesday 2026-11-25: Thanksgiving 11-26 and the weekend are skipped.
        assertEquals(LocalDate.of(2026, 12, 3), afterHhs.deadline().orElseThrow().dueAfter(LocalDate.of(2026, 11, 25)));
        assertTrue(ny.coversAny(Set.of(PhiType.DIAGNOSIS)));
        assertFalse(BUILT_IN.versionInForce(Jurisdiction.NY, LocalDate.of(2025, 1, 2)).orElseThrow()
                .coversAny(Set.of(PhiType.DIAGNOSIS)));
    }

    @Test
    void whenTheBuiltInDataIsAsked_thenCheckedOnIsTheLatestFileDate() {
        assertEquals(LocalDate.of(2026, 12, 2), BUILT_IN.checkedOn());
    }

    @Test
    void whenAnOverrideFolderHasAStateFile_thenItReplacesThatStateOnly(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("TX.json"), """
                {"jurisdiction": "TX", "name": "Texas", "checkedOn": "2027-01-15", "versions": [
                  {"effectiveFrom": "2023-09-01", "statute": "Tex. Bus. & Com. Code § 521.053",
                   "hipaaClause": "DEEMED_COMPLIANT", "hipaaClauseCitation": "counsel's reading, memo 2027-01",
                   "personalInformation": {"phiTypes": ["SSN"]}, "duties": [],
                   "source": "in-house counsel memo 2027-01-15", "confidence": "SECONDARY"}]}
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a state file");
        StateLaws tuned = BUILT_IN.withOverrides(dir);
        StateLawVersion tx = tuned.versionInForce(Jurisdiction.TX, LocalDate.of(2026, 5, 1)).orElseThrow();
        assertEquals(HipaaClause.DEEMED_COMPLIANT, tx.hipaaClause());
        assertEquals(LocalDate.of(2027, 1, 15), tuned.checkedOn());
        assertEquals(BUILT_IN.law(Jurisdiction.NY), tuned.law(Jurisdiction.NY));
        assertEquals(HipaaClause.NONE,
                BUILT_IN.versionInForce(Jurisdiction.TX, LocalDate.of(2026, 5, 1)).orElseThrow().hipaaClause());
    }

    @Test
    void whenTheOverrideFolderDoesNotExist_thenNothingChanges(@TempDir Path dir) {
        assertSame(BUILT_IN, BUILT_IN.withOverrides(dir.resolve("absent")));
    }

    @Test
    void whenAnOverrideIsInvalid_thenTheErrorNamesTheFileAndEveryBadField(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("WA.json"), """
                {"jurisdiction": "WA", "name": "Washington", "checkedOn": "2027-01-15", "colour": "red", "versions": [
                  {"effectiveFrom": "2020-03-01", "statute": "RCW 19.255.010", "hipaaClause": "PARTIAL",
                   "hipaaClauseCitation": "x", "personalInformation": {"phiTypes": ["SSN"]},
                   "duties": [{"recipient": "ATTORNEY_GENERAL", "recipientName": "WA AG",
                     "threshold": {"residents": 0, "comparison": "MORE_THAN"},
                     "deadline": {"days": 30, "dayKind": "CALENDAR", "from": "DISCOVERY"},
                     "citation": "RCW 19.255.010", "source": "s"}],
                   "source": "s", "confidence": "SECONDARY"}]}
                """);
        InvalidStateLawException e = assertThrows(InvalidStateLawException.class, () -> BUILT_IN.withOverrides(dir));
        String file = dir.resolve("WA.json").toString();
        assertTrue(e.problems().contains(file + ": colour: unknown field (allowed: jurisdiction, name, checkedOn, versions)"),
                e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(file + ": versions[0].hipaaClause: unknown value \"PARTIAL\"")),
                e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(file + ": versions[0].duties[0].threshold.residents:")),
                e.getMessage());
        assertTrue(e.problems().contains(file + ": versions[0].duties[0].confidence: missing"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void whenAFileIsNamedForAnotherState_thenItIsRejected() {
        InvalidStateLawException e = assertThrows(InvalidStateLawException.class, () -> StateLawReader.read("CA.json", """
                {"jurisdiction": "TX", "name": "Texas", "checkedOn": "2026-12-02", "versions": []}
                """));
        assertTrue(e.problems().contains("CA.json: jurisdiction: is TX but the file is named CA.json"), e.getMessage());
        assertTrue(e.problems().contains("CA.json: versions: at least one version is required"), e.getMessage());
    }

    @Test
    void whenTwoVersionsShareADate_thenTheSecondIsReported() {
        String v = """
                {"effectiveFrom": "2020-01-01", "statute": "s", "hipaaClause": "NONE", "hipaaClauseCitation": "c",
                 "personalInformation": {"phiTypes": []}, "duties": [], "source": "s", "confidence": "SECONDARY"}""";
        InvalidStateLawException e = assertThrows(InvalidStateLawException.class, () -> StateLawReader.read("GA.json",
                "{\"jurisdiction\": \"GA\", \"name\": \"Georgia\", \"checkedOn\": \"2026-12-02\", \"versions\": [" + v
                        + "," + v + "]}"));
        assertTrue(e.problems().get(0).startsWith("GA.json: versions[1].effectiveFrom: must be after"), e.getMessage());
    }

    /** verify flags a file last checked before a source it cites was read; every shipped file is current. */
    @Test
    void whenAFileWasCheckedBeforeItsNewestSourceWasRead_thenItIsOlderThanItsSources() {
        for (Jurisdiction j : BUILT_IN.jurisdictions()) {
            StateLaw law = BUILT_IN.law(j).orElseThrow();
            assertFalse(law.isOlderThanItsSources(), j + " checked " + law.checkedOn() + ", a source read "
                    + law.newestSourceRead().orElse(null));
        }
        StateLaw ny = BUILT_IN.law(Jurisdiction.NY).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 2), ny.newestSourceRead().orElseThrow());
        StateLaw stale = new StateLaw(ny.jurisdiction(), ny.name(), LocalDate.of(2026, 12, 1), ny.versions());
        assertTrue(stale.isOlderThanItsSources());
        StateLaw same = new StateLaw(ny.jurisdiction(), ny.name(), LocalDate.of(2026, 12, 2), ny.versions());
        assertFalse(same.isOlderThanItsSources(), "checked the day the source was read: current");
    }
}
