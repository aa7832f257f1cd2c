package org.breachrules.drools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.breachrules.api.BreachRulesException;

/** Reading and writing a folder of DRL files: the tuned rules a compliance officer keeps. */
public final class RuleFiles {
    private RuleFiles() {
    }

    /** File name to text of every {@code *.drl} file in {@code directory}, sorted by name. */
    static Map<String, String> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new BreachRulesException("rules directory " + directory + " does not exist or is not a directory");
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            List<Path> drls = list.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p))
                    .sorted().toList();
            for (Path p : drls) {
                files.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new BreachRulesException("cannot read rules directory " + directory + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new BreachRulesException("rules directory " + directory + " holds no .drl file");
        }
        return files;
    }

    /**
     * Writes the built-in DRL files into {@code directory} (created if missing) as a starting point for tuning.
     * Existing files of the same names are overwritten only when {@code overwrite} is true.
     *
     * @return the files written
     */
    public static List<Path> exportBuiltIn(Path directory, boolean overwrite) {
        try {
            Files.createDirectories(directory);
            Map<String, String> sources = BuiltInRules.sources();
            if (!overwrite) {
                for (String file : sources.keySet()) {
                    if (Files.exists(directory.resolve(file))) {
                        throw new BreachRulesException(directory.resolve(file) + " already exists (overwrite it"
                                + " explicitly, or export into an empty directory)");
                    }
                }
            }
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Files.writeString(directory.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            return sources.keySet().stream().map(directory::resolve).toList();
        } catch (IOException e) {
            throw new BreachRulesException("cannot export the rules to " + directory + ": " + e.getMessage(), e);
        }
    }
}
