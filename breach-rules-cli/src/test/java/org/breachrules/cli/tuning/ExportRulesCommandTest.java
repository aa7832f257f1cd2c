package org.breachrules.cli.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.breachrules.drools.BuiltInRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-rules DIR [--force]}: the starting point for tuning. */
class ExportRulesCommandTest {

    @Test
    void whenTheRulesAreExported_thenEvaluatingWithThemIsEvaluatingWithTheBuiltInRules(@TempDir Path tmp) {
        // Given a directory that does not exist yet
        Path dir = tmp.resolve("my-rules");

        // When the rules are exported there, then used
        Tuning.Result export = Tuning.run("export-rules", dir.toString());
        String sample = Tuning.sample("12-multi-state-media.json");
        Tuning.Result tuned = Tuning.run("evaluate", "--as-of", "2026-11-20", "--rules", dir.toString(), sample);
        Tuning.Result builtIn = Tuning.run("evaluate", "--as-of", "2026-11-20", sample);

        // Then one line per file written, every built-in file is there, and the output is the built-in one
        assertEquals(0, export.exit(), export.err());
        assertEquals("", export.err());
        assertEquals(BuiltInRules.FILES.stream().map(f -> dir.resolve(f).toString()).sorted().toList(),
                export.outLines().stream().sorted().toList());
        for (String file : BuiltInRules.FILES) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        assertEquals(0, tuned.exit(), tuned.err());
        assertEquals(builtIn.out(), tuned.out());
        assertTrue(tuned.out().contains("\"rulesVersion\" : \"builtin:sha256:")
                || tuned.out().contains("\"rulesVersion\": \"builtin:sha256:"), tuned.out());
    }

    @Test
    void whenTheDirectoryAlreadyHoldsTheFiles_thenExit2UnlessForced(@TempDir Path dir) throws IOException {
        // Given a directory holding an edited policy.drl
        Files.writeString(dir.resolve("policy.drl"), "// my edits");

        // When the rules are exported there without, then with --force
        Tuning.Result refused = Tuning.run("export-rules", dir.toString());
        String kept = Files.readString(dir.resolve("policy.drl"));
        long files;
        try (var list = Files.list(dir)) {
            files = list.count();
        }
        Tuning.Result forced = Tuning.run("export-rules", "--force", dir.toString());

        // Then the first is refused on one line and writes nothing; the second overwrites
        assertEquals(2, refused.exit());
        assertEquals("", refused.out());
        assertEquals(List.of(dir + ": $: already holds the rule file policy.drl; nothing written (add --force to"
                + " overwrite it, or choose another directory)"), refused.errLines());
        assertEquals("// my edits", kept);
        assertEquals(1, files);
        assertEquals(0, forced.exit(), forced.err());
        assertEquals(BuiltInRules.FILES.size(), forced.outLines().size());
        assertEquals(BuiltInRules.sources().get("policy.drl"), Files.readString(dir.resolve("policy.drl")));
    }

    @Test
    void whenDirIsAFileOrMissing_thenExit2WithOneLine(@TempDir Path tmp) throws IOException {
        // Given a plain file where the directory should be
        Path file = Files.writeString(tmp.resolve("rules.txt"), "not a directory");

        // When the rules are exported to it, and with no DIR at all
        Tuning.Result onFile = Tuning.run("export-rules", file.toString());
        Tuning.Result noDir = Tuning.run("export-rules");

        // Then one line each, exit 2
        assertEquals(2, onFile.exit());
        assertEquals(List.of(file + ": $: not a directory"), onFile.errLines());
        assertEquals(2, noDir.exit());
        assertEquals(1, noDir.errLines().size(), noDir.err());
    }
}
