package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 8: the README's first command evaluates the samples with a fixed {@code --as-of}, so its output is
 * the same every day (and never fails before a sample's discovery date), and the README says how to use today.
 */
class ReadmeFirstCommandTest {
    @Test
    void theFirstCommandFixesTheEvaluationDate() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        String first = lines.stream().filter(l -> l.contains("evaluate") && l.contains("samples/*.json")).findFirst()
                .orElseThrow();
        assertTrue(first.contains(" --as-of 2026-11-20 "), first);
        assertTrue(String.join("\n", lines).contains("without it the date is today"), "the README says how to use today");
    }
}
