package org.breachrules.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26, "limits are per file, not in total": register, hhs-log and draft-notices read within one incident budget
 * for all their FILEs together (--max-incidents), and a file read whole is refused by its size before it is read.
 * Each is one line naming the limit, exit 2, nothing on standard output and nothing of the input echoed.
 */
class InputBudgetCliTest {
    /** One valid incident on one line, with an id of its own. */
    private static String incident(String id) {
        return "{\"id\": \"" + id + "\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2026-03-01\","
                + " \"phiInvolved\": false, \"permittedByPrivacyRule\": false}";
    }

    private static String array(String... ids) {
        return "[" + String.join(",", java.util.Arrays.stream(ids).map(InputBudgetCliTest::incident).toList()) + "]";
    }

    @TempDir
    Path dir;

    /** A sparse file of {@code size} bytes: its size is what counts, it takes no disk. */
    private Path sparse(String name, long size) throws Exception {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
        return file;
    }

    @Test
    void whenRegisterFilesTogetherPassTheBudget_thenTheFileThatPassesItIsNamedAndNothingMoreIsRead() throws Exception {
        // Given three files of two incidents each, within a budget of 5 each but not together
        Path a = Files.writeString(dir.resolve("a.json"), array("A1", "A2"));
        Path b = Files.writeString(dir.resolve("b.json"), array("B1", "B2"));
        Path c = Files.writeString(dir.resolve("c.json"), array("C1", "C2"));
        Path bad = Files.writeString(dir.resolve("d.json"), "{\"unknownKey\": 1}");
        // When
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("register", "--as-of", "2026-11-20",
                "--max-incidents", "5", a.toString(), b.toString(), c.toString(), bad.toString());
        // Then the third file is named, and the fourth is not read
        assertEquals(2, r.exit(), r.err());
        assertEquals(c + ": $: brings the incidents of the files given to 6, more than --max-incidents 5 (all files"
                + " together); nothing more was read", r.err().strip());
        assertEquals("", r.out());
        // And at the budget all is evaluated
        BreachRulesCliAccess.Result at = BreachRulesCliAccess.run("register", "--as-of", "2026-11-20",
                "--max-incidents", "6", a.toString(), b.toString(), c.toString());
        assertEquals(0, at.exit(), at.err());
    }

    @Test
    void whenNdjsonLinesPassTheBudget_thenTheLineThatPassesItIsNamedValidOrNot() throws Exception {
        // Given a JSON file of two and NDJSON of one valid line, one bad line, then one more: bad lines count too
        Path a = Files.writeString(dir.resolve("a.json"), array("A1", "A2"));
        Path n = Files.writeString(dir.resolve("n.ndjson"), incident("N1") + "\n\n{\"unknownKey\": 1}\n"
                + incident("N3") + "\n");
        // When
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("hhs-log", "--year", "2026", "--as-of", "2026-11-20",
                "--max-incidents", "4", a.toString(), n.toString());
        // Then the bad line is reported and line 4 (the blank line 2 does not count) passes the budget
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(n + ":4: $: brings the incidents of the files given past --max-incidents 4 (all files together);"
                + " nothing more was read", lines.get(lines.size() - 1), r.err());
        assertTrue(lines.subList(0, lines.size() - 1).stream().allMatch(l -> l.startsWith(n + ":3: ")), r.err());
        assertEquals("", r.out());
    }

    @Test
    void whenDraftNoticesPassesTheBudget_thenNothingIsWritten() throws Exception {
        Path a = Files.writeString(dir.resolve("a.json"), array("A1", "A2", "A3"));
        Path out = dir.resolve("drafts");
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("draft-notices", "--out", out.toString(), "--as-of",
                "2026-11-20", "--max-incidents", "2", a.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(a + ": $: brings the incidents of the files given to 3, more than --max-incidents 2 (all files"
                + " together); nothing more was read", r.err().strip());
        assertFalse(Files.exists(out));
        BreachRulesCliAccess.Result zero = BreachRulesCliAccess.run("register", "--max-incidents", "0", a.toString());
        assertEquals(2, zero.exit());
        assertEquals("--max-incidents: must be at least 1, was 0", zero.err().strip());
    }

    @Test
    void whenAJsonFileIsLargerThan64MiB_thenItIsRefusedByItsSizeBeforeItIsRead() throws Exception {
        // Given a file one byte over the limit (zeros: read, it would be malformed JSON) and a good one
        Path big = sparse("big.json", (64L << 20) + 1);
        Path good = Files.writeString(dir.resolve("good.json"), incident("G"));
        String line = big + ": $: is 67108865 bytes, more than 67108864 (64 MiB), the most a file read whole may be; ";
        // When / Then: evaluate
        BreachRulesCliAccess.Result evaluate = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20",
                big.toString(), good.toString());
        assertEquals(2, evaluate.exit(), evaluate.err());
        assertEquals(line + "stream a large batch with --ndjson", evaluate.err().strip());
        assertEquals("", evaluate.out());
        // register (the same reader as hhs-log and draft-notices)
        BreachRulesCliAccess.Result register = BreachRulesCliAccess.run("register", "--as-of", "2026-11-20",
                big.toString(), good.toString());
        assertEquals(2, register.exit(), register.err());
        assertEquals(line + "give a larger batch as NDJSON (a file named *.ndjson, one incident a line)",
                register.err().strip());
        // And exactly at the limit the file is read (and is malformed: zeros are not JSON)
        Path at = sparse("at.json", 64L << 20);
        BreachRulesCliAccess.Result read = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20",
                at.toString());
        assertEquals(2, read.exit(), read.err());
        assertFalse(read.err().contains("64 MiB"), read.err());
    }

    @Test
    void whenStandardInputHoldsMoreThan64MiB_thenItIsOneLineNamingTheLimit() {
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.runWithStdin(" ".repeat((64 << 20) + 1), "evaluate",
                "--as-of", "2026-11-20", "-");
        assertEquals(2, r.exit(), r.err());
        assertEquals("-: $: standard input holds more than 67108864 bytes (64 MiB), the most read whole; stream a"
                + " large batch with --ndjson", r.err().strip());
    }
}
