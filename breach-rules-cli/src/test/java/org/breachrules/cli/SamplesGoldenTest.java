package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample incident, evaluated by the command-line tool at a fixed date, gives exactly its golden JSON
 * ({@code src/test/resources/golden/NAME.json}); one sample's text report is golden too. Regenerate with
 * {@code -Dgolden.update=true} (see {@link Golden}). The rules version is replaced by {@code RULES_VERSION}.
 */
class SamplesGoldenTest {

    private static final String AS_OF = "2026-11-20";

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(Golden.samples())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whenSampleEvaluated_thenJsonMatchesGolden(String sample) {
        // Given
        Path file = Golden.samples().resolve(sample);

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, file.toString());

        // Then
        assertEquals("", result.err());
        assertEquals(0, result.exit());
        Golden.assertJson(Golden.dir().resolve(sample), withoutRulesVersion(result.out()));
    }

    @Test
    void whenSamplesListed_thenEachHasAGoldenFileAndNoGoldenIsStale() throws IOException {
        // Given
        List<String> samples = samples().toList();

        // When
        List<String> goldens;
        try (Stream<Path> files = Files.list(Golden.dir())) {
            goldens = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }

        // Then
        assertEquals(samples, goldens);
    }

    @ParameterizedTest
    @ValueSource(strings = {"11-law-enforcement-delay", "15-no-state-breakdown-territory-system",
        "16-notices-sent-late", "18-open-ended-delay-deliberate-snooping"})
    void whenSampleReportedAsText_thenReportMatchesGolden(String sample) {
        // Given
        Path file = Golden.samples().resolve(sample + ".json");

        // When
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, "--format", "text", file.toString());

        // Then
        assertEquals("", result.err());
        assertEquals(0, result.exit());
        // The report names the file as given; make it independent of where the build runs.
        Golden.assertText(Golden.dir().resolve(sample + ".txt"),
                withoutRulesVersion(result.out()).replace(file.toString(), "samples/" + sample + ".json"));
    }

    /**
     * The rules version is a digest of the DRL text, so it changes with every edit of a rule file, even a comment;
     * the goldens pin the determinations, and carry {@code RULES_VERSION} in its place.
     */
    private static String withoutRulesVersion(String output) {
        String version = Cli.engine().rulesVersion();
        assertTrue(output.contains(version), "the output names the rules version " + version);
        return output.replace(version, "RULES_VERSION");
    }
}
