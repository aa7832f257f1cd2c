package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;

/** The {@code generate} command: the incident generator's draws (tested in breach-rules-verify) as NDJSON. */
class GenerateCommandTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private static String generate(String... args) {
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        return r.out();
    }

    @Test
    void whenTheSameSeedIsGivenTwice_thenTheOutputIsTheSame() {
        // Given two runs with seed 42 and one with seed 43
        String a = generate("generate", "--count", "500", "--seed", "42", "--as-of", "2026-11-20");
        String b = generate("generate", "--count", "500", "--seed", "42", "--as-of", "2026-11-20");
        String c = generate("generate", "--count", "500", "--seed", "43", "--as-of", "2026-11-20");
        // Then the same seed prints the same lines, another seed others
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(500, a.lines().count());
    }

    @Test
    void whenIncidentsAreGenerated_thenEveryLineIsOneValidIncident() {
        // Given 3,000 generated lines
        IncidentReader reader = new IncidentReader();
        List<String> lines = generate("generate", "--count", "3000", "--seed", "9", "--as-of", "2026-11-20")
                .lines().toList();
        // Then each reads back as one valid incident
        assertEquals(3000, lines.size());
        for (String line : lines) {
            ReadResult r = reader.read(line, AS_OF);
            assertTrue(r.ok() && !r.array(), () -> line + " -> " + r.violations());
        }
    }
}
