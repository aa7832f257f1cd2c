package org.breachrules.cli.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Incident;
import org.breachrules.cli.BreachRulesCli;
import org.breachrules.cli.Determiners;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.IncidentWriter;
import org.breachrules.verify.generate.IncidentGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdjsonStreamingTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static BreachDeterminer engine;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void engine() {
        engine = DroolsBreachDeterminer.builtIn();
    }

    private static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Determiners fixed = new Determiners() {
            @Override
            public BreachDeterminer builtIn() {
                return engine;
            }

            @Override
            public BreachDeterminer withRules(Path rulesDirectory) {
                throw new UnsupportedOperationException();
            }
        };
        int exit = BreachRulesCli.commandLine(fixed,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static String ndjson(List<Incident> incidents) {
        StringBuilder s = new StringBuilder();
        for (Incident i : incidents) {
            s.append(IncidentWriter.compact().write(i)).append('\n');
        }
        return s.toString();
    }

    @Test
    void outputIsInInputOrderAndEqualsDetermineOfEachIncident() {
        List<Incident> incidents = new IncidentGenerator(2026, AS_OF).next(3000);
        Result r = run(ndjson(incidents), "evaluate", "--ndjson", "--as-of", "2026-11-20", "-");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(incidents.size(), lines.size());
        DeterminationWriter json = DeterminationWriter.compact();
        // Single, batched (determineAll resets a pooled session per batch) and streamed answers are the same
        List<org.breachrules.api.Determination> batched = engine.determineAll(incidents, AS_OF);
        for (int i = 0; i < incidents.size(); i++) {
            String single = json.write(engine.determine(incidents.get(i), AS_OF));
            assertEquals(single, lines.get(i), "line " + (i + 1));
            assertEquals(single, json.write(batched.get(i)), "batched " + (i + 1));
        }
    }

    @Test
    void badLinesAreReportedWithTheirNumbersAndTheStreamGoesOn(@TempDir Path dir) throws Exception {
        List<Incident> incidents = new IncidentGenerator(5, AS_OF).next(600);
        List<String> lines = new ArrayList<>(ndjson(incidents).lines().toList());
        // Line numbers are 1-based and count blank lines.
        lines.set(9, "{\"id\": \"broken\", ");                                         // line 10: malformed
        lines.set(299, lines.get(299).replaceFirst("\"discoveredOn\":\"[0-9-]+\"",
                "\"discoveredOn\":\"2099-01-01\""));                                  // line 300: invalid
        lines.set(499, "");                                                               // line 500: blank
        lines.set(549, "[" + lines.get(549) + "]");                                       // line 550: an array
        Path file = dir.resolve("in.ndjson");
        Files.writeString(file, String.join("\n", lines) + "\n");

        Result r = run("", "evaluate", "--ndjson", "--quiet", "--as-of", "2026-11-20", file.toString());
        assertEquals(2, r.exit(), r.err());
        List<String> err = r.err().lines().toList();
        assertTrue(err.stream().anyMatch(l -> l.startsWith(file + ":10: ")), r.err());
        assertTrue(err.stream().anyMatch(l -> l.startsWith(file + ":300: ")), r.err());
        assertTrue(err.stream().anyMatch(l -> l.equals(file + ":550: $: expected one incident object per line,"
                + " got an array")), r.err());
        assertTrue(err.stream().allMatch(l -> l.matches(java.util.regex.Pattern.quote(file.toString())
                + ":(10|300|550): \\S+: .+")), r.err());
        assertTrue(err.stream().noneMatch(l -> l.contains(":500:")), r.err());

        // Everything else is evaluated, in order; nothing for the bad or blank lines.
        DeterminationWriter json = DeterminationWriter.compact();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            if (i != 9 && i != 299 && i != 499 && i != 549) {
                expected.add(json.write(engine.determine(incidents.get(i), AS_OF)));
            }
        }
        assertEquals(expected, r.out().lines().toList());
    }

    @Test
    void anInvalidIncidentNamesItsFieldPath() {
        Incident valid = new IncidentGenerator(1, AS_OF).next();
        String line = IncidentWriter.compact().write(valid.toBuilder().discoveredOn(AS_OF.plusDays(3)).build());
        Result r = run("\n" + line + "\n", "evaluate", "--ndjson", "--as-of", "2026-11-20", "-");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(List.of("-:2: discoveredOn: is after the evaluation date 2026-11-20"), r.err().lines().toList());
    }

    @Test
    void emptyInputIsFineAndTextFormatIsRefused() {
        Result empty = run("\n\n", "evaluate", "--ndjson", "--as-of", "2026-11-20", "-");
        assertEquals(0, empty.exit());
        assertEquals("", empty.out() + empty.err());

        Result text = run("", "evaluate", "--ndjson", "--format", "text", "--as-of", "2026-11-20", "-");
        assertEquals(2, text.exit());
        assertEquals("", text.out());
        assertEquals(1, text.err().lines().count(), text.err());
    }

    @Test
    void aMissingFileIsReportedAndTheOthersStillStream(@TempDir Path dir) throws Exception {
        List<Incident> incidents = new IncidentGenerator(8, AS_OF).next(3);
        Path file = dir.resolve("ok.ndjson");
        Files.writeString(file, ndjson(incidents));
        Path missing = dir.resolve("missing.ndjson");
        Result r = run("", "evaluate", "--ndjson", "--as-of", "2026-11-20", missing.toString(), file.toString());
        assertEquals(2, r.exit());
        assertEquals(List.of(missing + ": $: cannot read file (no such file)"), r.err().lines().toList());
        assertEquals(3, r.out().lines().count());
    }

    /** Issue 14, item 6: a line that is not valid UTF-8 is reported like a file would be, and the stream goes on. */
    @Test
    void whenALineIsNotValidUtf8_thenItIsReportedAndTheStreamGoesOn(@TempDir Path dir) throws Exception {
        List<Incident> incidents = new IncidentGenerator(11, AS_OF).next(3);
        byte[] first = (IncidentWriter.compact().write(incidents.get(0)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = IncidentWriter.compact().write(incidents.get(1)).replace("\"id\":\"", "\"id\":\"\u0001")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bad.length; i++) {
            if (bad[i] == 1) {
                bad[i] = (byte) 0xC0;                 // an overlong sequence: 0xC0 0xAF would read as '/'
                bad = java.util.Arrays.copyOf(bad, bad.length + 1);
                System.arraycopy(bad, i + 1, bad, i + 2, bad.length - i - 2);
                bad[i + 1] = (byte) 0xAF;
                break;
            }
        }
        byte[] third = ("\n" + IncidentWriter.compact().write(incidents.get(2)) + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("mixed.ndjson");
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.writeBytes(first);
        all.writeBytes(bad);
        all.writeBytes(third);
        Files.write(file, all.toByteArray());

        Result r = run("", "evaluate", "--ndjson", "--quiet", "--as-of", "2026-11-20", file.toString());

        assertEquals(2, r.exit(), r.err());
        assertEquals(file + ":2: $: not valid UTF-8", r.err().strip());
        assertEquals(2, r.out().lines().count(), "lines 1 and 3 are evaluated");
    }
}
