package org.breachrules.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: the CSV the tool writes never holds a cell a spreadsheet would run as a formula, and a file or folder
 * the tool cannot write is named with the reason, one line, exit 1, no stack trace.
 */
class OutputFilesSayWhichAndWhyTest {
    @TempDir
    Path dir;

    private static Path sample(String name) {
        return Path.of(System.getProperty("samples.dir", "samples"), name);
    }

    private Path annualLogIncident(String id, String entity) throws Exception {
        String text = Files.readString(sample("13-small-breach-annual-log.json"))
                .replaceFirst("\"id\": \"[^\"]*\"", Matcher.quoteReplacement("\"id\": \"" + id + "\""))
                .replaceFirst("(\"reporter\": \\{[^}]*\"name\": )\"[^\"]*\"",
                        "$1" + Matcher.quoteReplacement("\"" + entity + "\""));
        return Files.writeString(dir.resolve("incident.json"), text);
    }

    private static void assertOneLineNaming(BreachRulesCliAccess.Result r, String file, String why) {
        assertEquals(1, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("breach-rules: cannot write " + file + " (" + why + ")", r.err().strip());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void whenCellsStartLikeFormulas_thenTheHhsLogCsvPrefixesThemWithAQuote() throws Exception {
        // Given an incident whose id and entity name a spreadsheet would run
        Path incident = annualLogIncident("=HYPERLINK(1)", "@SUM(A1)");
        // When the log is written
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("hhs-log", "--year", "2026", "--as-of", "2026-11-20",
                "--csv", dir.resolve("log.csv").toString(), incident.toString());
        // Then both cells are neutralised and nothing else changes
        assertEquals(0, r.exit(), r.err());
        String row = Files.readAllLines(dir.resolve("log.csv")).get(1);
        assertTrue(row.startsWith("'=HYPERLINK(1),Initial,Fewer than 500 individuals,'@SUM(A1),"), row);
    }

    @Test
    void whenCellsStartWithPlusMinusOrTab_thenTheyAreNeutralisedToo() throws Exception {
        Path incident = annualLogIncident("+1+2", "-2\\tx");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("hhs-log", "--year", "2026", "--as-of", "2026-11-20",
                incident.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\n'+1+2,Initial,Fewer than 500 individuals,"), r.out());
        assertTrue(r.out().contains(",'-2\tx,") || r.out().contains(",\"'-2\tx\","), r.out());
    }

    @Test
    void whenTheCsvFolderDoesNotExist_thenHhsLogNamesTheFileAndWhy() throws Exception {
        Path csv = dir.resolve("no-such-folder").resolve("log.csv");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("hhs-log", "--year", "2026", "--as-of", "2026-11-20",
                "--csv", csv.toString(), sample("13-small-breach-annual-log.json").toString());
        assertOneLineNaming(r, csv.toString(), "no such directory");
    }

    @Test
    void whenTheCsvIsAFolder_thenHhsLogSaysItIsADirectory() throws Exception {
        Path csv = Files.createDirectories(dir.resolve("log.csv"));
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("hhs-log", "--year", "2026", "--as-of", "2026-11-20",
                "--csv", csv.toString(), sample("13-small-breach-annual-log.json").toString());
        assertOneLineNaming(r, csv.toString(), "Is a directory");
    }

    @Test
    void whenTheCalendarCannotBeWritten_thenRegisterNamesTheFileAndWhy() throws Exception {
        Path ics = dir.resolve("no-such-folder").resolve("deadlines.ics");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("register", "--as-of", "2026-11-20", "--ics",
                ics.toString(), sample("01-ransomware-ehr-server.json").toString());
        assertOneLineNaming(r, ics.toString(), "no such directory");
    }

    @Test
    void whenAFileIsWhereTheDraftsFolderGoes_thenDraftNoticesNamesItAndWhy() throws Exception {
        Path out = Files.writeString(dir.resolve("out"), "a file, not a folder");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("draft-notices", "--as-of", "2026-11-20", "--out",
                out.toString(), sample("01-ransomware-ehr-server.json").toString());
        assertOneLineNaming(r, out.toString(), "a file is in the way of a directory");
    }

    @Test
    void whenADraftFolderCannotBeCreated_thenTheMessageNamesItByItsHashNotTheIncidentId() throws Exception {
        // Given a file where the incident's drafts folder would go
        Path out = Files.createDirectories(dir.resolve("out"));
        String folder = org.breachrules.cli.notices.NoticeDrafts.folderName("CHH-IR-2026-0117");
        Files.writeString(out.resolve(folder), "in the way");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("draft-notices", "--as-of", "2026-11-20", "--out",
                out.toString(), sample("01-ransomware-ehr-server.json").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(folder.substring(folder.lastIndexOf('-'))), r.err());
        assertFalse(r.err().contains("CHH-IR-2026-0117"), "the id is free text: " + r.err());
    }
}
