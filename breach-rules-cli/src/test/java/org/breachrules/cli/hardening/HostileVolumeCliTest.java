package org.breachrules.cli.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breachrules.cli.BreachRulesCliAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 26, "hostile volume", through the tool: a 44 MB incident with 1,500,000 unknown keys is one line naming the
 * limit (exit 2), not 1.5 million lines and 1.4 GB; the report grows with the keys only up to the first 100 problems
 * and a count, then stays one line. The files are generated here (nothing large is committed). No timing: the
 * assertions are on exit status, lines and bytes. With several files the report is bounded for all of them together,
 * and reading stops at the total budget (--max-incidents), so the count grows with the input only up to it.
 */
class HostileVolumeCliTest {
    private static final String LIMIT = "$: the incident is longer than 1048576 characters, the most one may have;"
            + " the document was not read further";

    @TempDir
    Path dir;

    private static String sampleOnOneLine() throws IOException {
        return Files.readString(Path.of(System.getProperty("samples.dir", "samples"), "03-lost-laptop-unencrypted.json"))
                .replaceAll("\\s*\\n\\s*", " ");
    }

    /** The sample with {@code n} unknown keys of 29 characters each, written straight to a file. */
    private Path withUnknownKeys(String name, int n) throws IOException {
        Path file = dir.resolve(name);
        String sample = sampleOnOneLine();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('{');
            for (int i = 0; i < n; i++) {
                out.write(String.format(java.util.Locale.ROOT, "\"unknown_field_%08d\": 1, ", i));
            }
            out.write(sample, 1, sample.length() - 1);
        }
        return file;
    }

    /** The file for evaluate and for register alike: 43.5 MB, one incident, each command one line. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evaluate", "register"})
    void whenAFileHasOneAndAHalfMillionUnknownKeys_thenOneLineNamesTheLimit(String command) throws Exception {
        // Given
        Path file = withUnknownKeys("hostile.json", 1_500_000);
        assertTrue(Files.size(file) > 43_000_000, Files.size(file) + " bytes");
        // When
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run(command, "--as-of", "2026-11-20", file.toString());
        // Then
        assertEquals(2, r.exit(), r.err());
        assertEquals(file + ": " + LIMIT, r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void whenTheUnknownKeysGrowTenAndHundredfold_thenTheReportStaysBounded() throws Exception {
        // 1x and 10x: the first 100 problems and a count that grows with the keys
        for (int keys : new int[] {1_000, 10_000}) {
            Path file = withUnknownKeys("x" + keys + ".json", keys);
            BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20",
                    file.toString());
            assertEquals(2, r.exit());
            List<String> lines = r.err().lines().toList();
            assertEquals(101, lines.size(), keys + " keys");
            assertEquals(file + ": $: ... and " + (keys - 100) + " more problems", lines.get(100));
            assertTrue(r.err().length() < 10_000, r.err().length() + " characters");
        }
        // 100x: past the limit, one line
        Path file = withUnknownKeys("x100000.json", 100_000);
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--as-of", "2026-11-20", file.toString());
        assertEquals(2, r.exit());
        assertEquals(file + ": " + LIMIT, r.err().strip());
    }

    @Test
    void whenAnNdjsonLineIsHostile_thenItIsOneLineAndTheNextIsEvaluated() throws Exception {
        Path hostile = withUnknownKeys("hostile.json", 100_000);
        Path file = dir.resolve("in.ndjson");
        Files.writeString(file, "{" + "\"k\":0,".repeat(60_000) + "\"z\":0}\n", StandardCharsets.UTF_8);
        Files.writeString(file, Files.readString(hostile) + "\n" + sampleOnOneLine() + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("evaluate", "--ndjson", "--quiet", "--as-of",
                "2026-11-20", file.toString());
        assertEquals(2, r.exit(), r.err());
        // line 1: 360 KB but 120,000 tokens; line 2: 2.9 MB, longer than a line may be
        assertEquals(List.of(file + ":1: $: the incident holds more than 100000 JSON tokens (names, values,"
                + " brackets), the most one may hold; the document was not read further",
                file + ":2: $: a line longer than 1048576 characters, the most a line may have"),
                r.err().lines().toList());
        assertEquals(1, r.out().lines().count(), "the good line is evaluated");
    }

    @Test
    void whenRegisterReadsAnNdjsonStreamWithNoNewline_thenItIsOneProblemOfLineOne() throws Exception {
        // Given 5 MiB and no line end: read with readLine it was held whole (and a larger one ran out of heap)
        Path file = Files.writeString(dir.resolve("in.ndjson"), "{".repeat(5 << 20));
        // When
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run("register", "--as-of", "2026-11-20",
                file.toString());
        // Then
        assertEquals(2, r.exit(), r.err());
        assertEquals(file + ":1: $: a line longer than 1048576 characters, the most a line may have",
                r.err().strip());
        assertEquals("", r.out());
    }

    /**
     * {@code files} files of {@code perFile} incidents each, every incident with one unknown field (one problem):
     * NDJSON lines, or a JSON array per file.
     */
    private List<String> badFiles(String prefix, int files, int perFile, boolean ndjson) throws IOException {
        String bad = sampleOnOneLine().replaceFirst("\\{", "{\"unknownField\": 1, ");
        String content = ndjson ? (bad + "\n").repeat(perFile)
                : "[" + String.join(",", java.util.Collections.nCopies(perFile, bad)) + "]";
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < files; i++) {
            names.add(Files.writeString(dir.resolve(prefix + i + (ndjson ? ".ndjson" : ".json")), content).toString());
        }
        return names;
    }

    private static BreachRulesCliAccess.Result run(String command, List<String> files, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--as-of", "2026-11-20"));
        args.addAll(List.of(options));
        args.addAll(files);
        return BreachRulesCliAccess.run(args.toArray(String[]::new));
    }

    @Test
    void whenFiveNdjsonFilesOfBadLinesGrowTenAndHundredfold_thenTheReportStaysBoundedInTotal() throws Exception {
        // 1x and 10x (250 and 2,500 bad lines in five files, within the default budget): the first 100 problems of
        // all files, then one count (before: a line per problem, each NDJSON line being an input of its own)
        for (int perFile : new int[] {50, 500}) {
            List<String> files = badFiles("x" + perFile + "-", 5, perFile, true);
            BreachRulesCliAccess.Result r = run("register", files);
            assertEquals(2, r.exit());
            List<String> lines = r.err().lines().toList();
            assertEquals(101, lines.size(), perFile + " lines a file");
            long more = 5L * perFile - 100;
            assertEquals("breach-rules: ... and " + more + " more problems in " + more + " inputs (files, or lines of"
                    + " NDJSON); at most 100 are printed", lines.get(100));
            assertEquals("", r.out());
        }
        // 100x (25,000 lines): past the total budget of 10,000 in the third file, whose first line is named; nothing
        // after it is read, so the count stops growing there
        List<String> files = badFiles("x5000-", 5, 5000, true);
        BreachRulesCliAccess.Result r = run("register", files, "--max-incidents", "10000");
        assertEquals(2, r.exit());
        List<String> lines = r.err().lines().toList();
        assertEquals(102, lines.size());
        assertEquals("breach-rules: ... and 9900 more problems in 9900 inputs (files, or lines of NDJSON); at most 100"
                + " are printed", lines.get(100));
        assertEquals(files.get(2) + ":1: $: brings the incidents of the files given past --max-incidents 10000 (all"
                + " files together); nothing more was read", lines.get(101));
        assertTrue(r.err().length() < 20_000, r.err().length() + " characters");
    }

    @Test
    void whenFiveJsonFilesOfBadIncidentsGrowTenAndHundredfold_thenEvaluatesReportStaysBoundedInTotal()
            throws Exception {
        // 1x: 250 problems, the first 100 are those of the first two files
        BreachRulesCliAccess.Result one = run("evaluate", badFiles("x50-", 5, 50, false), "--max-incidents", "10000");
        assertEquals(2, one.exit());
        List<String> lines = one.err().lines().toList();
        assertEquals(101, lines.size());
        assertEquals("breach-rules: ... and 150 more problems in 3 inputs (files, or lines of NDJSON); at most 100 are"
                + " printed", lines.get(100));
        // 10x: 2,500 problems, still 101 lines
        BreachRulesCliAccess.Result ten = run("evaluate", badFiles("x500-", 5, 500, false), "--max-incidents", "10000");
        assertEquals(101, ten.err().lines().count());
        assertEquals("breach-rules: ... and 2400 more problems in 5 inputs (files, or lines of NDJSON); at most 100"
                + " are printed", ten.err().lines().toList().get(100));
        // 100x: 25,000 incidents; the third file passes the total of 10,000 and nothing more is read
        List<String> files = badFiles("x5000-", 5, 5000, false);
        BreachRulesCliAccess.Result hundred = run("evaluate", files, "--max-incidents", "10000");
        List<String> last = hundred.err().lines().toList();
        assertEquals(102, last.size());
        assertEquals("breach-rules: ... and 9900 more problems in 2 inputs (files, or lines of NDJSON); at most 100"
                + " are printed", last.get(100));
        assertEquals(files.get(2) + ": $: brings the incidents of the files given to 15000, more than --max-incidents"
                + " 10000 (all files together); stream a large batch with --ndjson", last.get(101));
        assertEquals("", hundred.out());
    }
}
