package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed corpus ({@code src/test/resources/malformed/NAME.json}): each input gives exit 2, exactly the lines
 * of {@code NAME.err} on standard error ({@code FILE} standing for the file as given) and nothing on standard output.
 * The engine is never reached: a determiner that fails the test if called stands in for it.
 */
class MalformedInputTest {

    private static final String AS_OF = "2026-11-20";

    /** Any call means invalid input reached the engine. */
    private static final Determiners UNREACHABLE = Cli.fixed(new BreachDeterminer() {
        @Override
        public Determination determine(Incident incident, java.time.LocalDate asOf) {
            throw new AssertionError("invalid input reached the engine");
        }

        @Override
        public String rulesVersion() {
            throw new AssertionError("invalid input reached the engine");
        }
    });

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(Golden.malformed())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void whenInputMalformed_thenExit2WithItsLinesAndNothingOnStdout(String name) {
        // Given
        Path file = Golden.malformed().resolve(name);
        Path expected = Golden.malformed().resolve(name.replaceFirst("\\.json$", ".err"));

        // When
        Cli.Result result = Cli.run(UNREACHABLE, "", "evaluate", "--as-of", AS_OF, file.toString());

        // Then
        assertEquals("", result.out());
        assertEquals(2, result.exit());
        for (String line : result.errLines()) {
            assertTrue(line.startsWith(file + ": "), line);
        }
        Golden.assertText(expected, result.err().replace(file.toString(), "FILE"));
    }

    @Test
    void whenCorpusListed_thenItHasAtLeastFifteenInputsEachWithExpectedLines() throws IOException {
        // Given
        List<String> inputs = corpus().toList();

        // When
        long withExpectations = inputs.stream()
                .filter(n -> Files.exists(Golden.malformed().resolve(n.replaceFirst("\\.json$", ".err"))))
                .count();

        // Then
        assertTrue(inputs.size() >= 15, "corpus size " + inputs.size());
        assertEquals(inputs.size(), withExpectations);
    }

    @Test
    void whenOneOfSeveralFilesIsMalformed_thenNothingIsPrintedForTheValidOnes() {
        // Given
        String good = Golden.samples().resolve("01-ransomware-ehr-server.json").toString();
        String bad = Golden.malformed().resolve("07-counts-exceed-total.json").toString();

        // When
        Cli.Result result = Cli.run(UNREACHABLE, "", "evaluate", "--as-of", AS_OF, good, bad);

        // Then
        assertEquals("", result.out());
        assertEquals(2, result.exit());
        assertFalse(result.err().isEmpty());
        for (String line : result.errLines()) {
            assertTrue(line.startsWith(bad + ": "), line);
        }
    }
}
