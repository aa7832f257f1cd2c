package org.breachrules.cli.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.breachrules.cli.BreachRulesCliAccess;

/** The documents the tool writes for a sample, through the command line, as of one date. */
final class Documents {
    static final String AS_OF = "2026-11-20";

    private Documents() {
    }

    static Path sample(String name) {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("samples.dir", "samples")))) {
            return files.filter(p -> p.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String run(String... args) {
        BreachRulesCliAccess.Result r = BreachRulesCliAccess.run(args);
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }

    /** The drafts of the given inputs: file name (folder stripped) to text. */
    static Map<String, String> drafts(Path out, Path... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("draft-notices", "--as-of", AS_OF, "--out", out.toString()));
        for (Path in : inputs) {
            args.add(in.toString());
        }
        run(args.toArray(String[]::new));
        Map<String, String> drafts = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                drafts.put(out.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return drafts;
    }

    /** The line of a text table that names both strings. */
    static String lineWith(String text, String first, String second) {
        return text.lines().filter(l -> l.contains(first) && l.contains(second)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + first + " and " + second + " in\n" + text));
    }
}
