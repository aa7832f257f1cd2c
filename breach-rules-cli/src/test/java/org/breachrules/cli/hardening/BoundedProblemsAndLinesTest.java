package org.breachrules.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26: a hostile input gets a bounded report: the first 100 problems of an input, then one line counting the
 * rest; an NDJSON line longer than 1,048,576 characters is one problem of its line, and the stream goes on.
 */
class BoundedProblemsAndLinesTest {
    @TempDir
    Path dir;

    private static String sampleOnOneLine() throws Exception {
        return Files.readString(Path.of(System.getProperty("samples.dir", "samples"), "03-lost-laptop-unencrypted.json"))
                .replaceAll("\\s*\\n\\s*", " ");
    }

    /** The sample with {@code n} unknown fields added. */
    private static String withUnknownFields(int n) throws Exception {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < n; i++) {
            extra.append("\"unknownField").append(i).append("\": 1, ");
        }
        return sampleOnOneLine().replaceFirst("\\{", "{" + extra);
    }

    @Test
    void whenAFileHasFiveThousandUnknownFields_thenTheFirstHundredAreReportedAndTheRestCounted() throws Exception {
        // Given
        Path file = Files.writeString(dir.resolve("bad.json"), withUnknownFields(5000));
        // When
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20", file.toString());
        // Then
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(101, lines.size(), "100 problems and one count");
        assertEquals(file + ": $: ... and 4900 more problems", lines.get(100));
        assertEquals("", r.out());
    }

    @Test
    void whenTwoFilesAreBad_thenTheFirstHundredOfBothTogetherAreReportedAndTheRestCounted() throws Exception {
        // Given 150 problems in one file and 3 in the next: the hundred are for all files together (issue 26)
        Path a = Files.writeString(dir.resolve("a.json"), withUnknownFields(150));
        Path b = Files.writeString(dir.resolve("b.json"), withUnknownFields(3));
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20", a.toString(),
                b.toString());
        List<String> lines = r.err().lines().toList();
        assertEquals(101, lines.size(), r.err());
        assertTrue(lines.subList(0, 100).stream().allMatch(l -> l.startsWith(a + ": ")), r.err());
        assertEquals("breach-rules: ... and 53 more problems in 2 inputs (files, or lines of NDJSON); at most 100"
                + " are printed", lines.get(100));
        // And when the first file has fewer than a hundred, the next one's come after them
        Path c = Files.writeString(dir.resolve("c.json"), withUnknownFields(98));
        BreachRulesCliAccess.Result r2 = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20", c.toString(),
                b.toString());
        List<String> lines2 = r2.err().lines().toList();
        assertEquals(101, lines2.size(), r2.err());
        assertTrue(lines2.subList(98, 100).stream().allMatch(l -> l.startsWith(b + ": ")), r2.err());
        assertEquals(b + ": $: ... and 1 more problem", lines2.get(100));
    }

    @Test
    void whenAnNdjsonLineHasThousandsOfProblems_thenItsReportIsCappedAndTheNextLineIsEvaluated() throws Exception {
        Path file = Files.writeString(dir.resolve("in.ndjson"), withUnknownFields(2000) + "\n" + sampleOnOneLine()
                + "\n");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--ndjson", "--quiet", "--as-of",
                "2026-11-20", file.toString());
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(101, lines.size());
        assertEquals(file + ":1: $: ... and 1900 more problems", lines.get(100));
        assertEquals(1, r.out().lines().count(), "the good line is still evaluated");
    }

    @Test
    void whenAnNdjsonLineIsLongerThanTheLimit_thenItIsOneProblemNamingItsLineAndTheStreamGoesOn() throws Exception {
        // Given a 3 MB line between two good ones
        String good = sampleOnOneLine();
        Path file = Files.writeString(dir.resolve("in.ndjson"), good + "\n" + "x".repeat(3 << 20) + "\n" + good);
        // When
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--ndjson", "--quiet", "--as-of",
                "2026-11-20", file.toString());
        // Then
        assertEquals(2, r.exit(), r.err());
        assertEquals(file + ":2: $: a line longer than 1048576 characters, the most a line may have", r.err().strip());
        assertEquals(2, r.out().lines().count(), "both good lines are evaluated");
    }

    @Test
    void whenAnNdjsonStreamHasNoNewlineAtAll_thenItIsOneProblemOfLineOne() throws Exception {
        Path file = Files.writeString(dir.resolve("in.ndjson"), "{".repeat(5 << 20));
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--ndjson", "--quiet", "--as-of",
                "2026-11-20", file.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(file + ":1: $: a line longer than 1048576 characters, the most a line may have", r.err().strip());
    }
}
