package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.breachrules.cli.Determiners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} flags a tuned state-law file last checked before a source it cites was read (issue 23). */
class StaleStateFileTest {

    private static String newYork() throws Exception {
        try (InputStream in = StaleStateFileTest.class.getResourceAsStream("/org/breachrules/states/NY.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void whenAFileWasCheckedBeforeItsNewestSource_thenVerifySaysSoAndKeepsItsVerdict(@TempDir Path dir)
            throws Exception {
        String ny = newYork();
        assertTrue(ny.contains("\"checkedOn\": \"2026-12-02\"") && ny.contains("read 2026-12-02"), "fixture");
        Files.writeString(dir.resolve("NY.json"), ny.replace("\"checkedOn\": \"2026-12-02\"",
                "\"checkedOn\": \"2026-11-01\""));
        Tuning.Result stale = Tuning.run(Determiners.drools(), "verify", "--rules", dir.toString(), "--generated",
                "5");
        assertEquals(0, stale.exit(), stale.err());
        assertTrue(stale.err().contains("NY.json: checkedOn: 2026-11-01 is before a source it cites was read"
                + " (2026-12-02)"), stale.err());

        Files.writeString(dir.resolve("NY.json"), ny);
        Tuning.Result current = Tuning.run(Determiners.drools(), "verify", "--rules", dir.toString(), "--generated",
                "5");
        assertEquals(0, current.exit(), current.err());
        assertFalse(current.err().contains("checkedOn"), current.err());
    }
}
