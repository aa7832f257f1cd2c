package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden} (and the expected error lines of the malformed corpus).
 * Normal runs only compare. To regenerate after an intended change, run
 * {@code mvn -B install -pl breach-rules-cli -am -Dgolden.update=true} and review the diff before committing (refused
 * under {@code CI=true}).
 */
final class Golden {

    static final boolean UPDATE = GoldenUpdate.requested();

    private static final ObjectMapper JSON = new ObjectMapper();

    private Golden() {
    }

    static Path dir() {
        return Path.of(System.getProperty("golden.dir", "src/test/resources/golden"));
    }

    static Path samples() {
        return Path.of(System.getProperty("samples.dir", "samples"));
    }

    static Path malformed() {
        return dir().resolveSibling("malformed");
    }

    /** Compares JSON trees (field order and layout do not matter), or rewrites the golden file when updating. */
    static void assertJson(Path golden, String actual) {
        if (UPDATE) {
            write(golden, actual);
            return;
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Dgolden.update=true)");
        try {
            JsonNode expectedTree = JSON.readTree(read(golden));
            JsonNode actualTree = JSON.readTree(actual);
            if (!expectedTree.equals(actualTree)) {
                // Equal trees compare equal; on a difference, show both pretty for a readable diff.
                assertEquals(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expectedTree),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(actualTree), golden.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares text exactly, or rewrites the golden file when updating. */
    static void assertText(Path golden, String actual) {
        if (UPDATE) {
            write(golden, actual);
            return;
        }
        assertTrue(Files.exists(golden), "no golden file " + golden + " (run with -Dgolden.update=true)");
        assertEquals(read(golden), actual, golden.toString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
