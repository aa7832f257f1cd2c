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

    /**
     * A rules folder: its DRL files (name to text, sorted by name) and its {@code policy.properties} (null when
     * absent).
     */
    record Folder(Map<String, String> drl, String policy, Map<String, String> states) {
    }

    /**
     * The DRL files, the policy values and the state-law files ({@code XX.json}, each replacing the built-in file of
     * its jurisdiction) of {@code directory}; at least one of them must be there.
     */
    static Folder readFolder(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new BreachRulesException("rules directory " + directory + " does not exist or is not a directory");
        }
        Path policyFile = directory.resolve(PolicyFile.NAME);
        String policy = Files.isRegularFile(policyFile) ? text(policyFile) : null;
        Map<String, String> states = readStates(directory);
        Map<String, String> drl = policy == null && states.isEmpty() ? read(directory) : readDrl(directory);
        return new Folder(drl, policy, states);
    }

    /** The state-law files of a folder ({@code XX.json}, XX a jurisdiction code), name to text, sorted by name. */
    static Map<String, String> readStates(Path directory) {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            for (Path p : list.filter(p -> org.breachrules.states.StateLaws.isJurisdictionFile(
                    p.getFileName().toString()) && Files.isRegularFile(p)).sorted().toList()) {
                files.put(p.getFileName().toString(), text(p));
            }
        } catch (IOException e) {
            throw new BreachRulesException("cannot read rules directory " + directory + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** File name to text of every {@code *.drl} file in {@code directory}, sorted by name. */
    static Map<String, String> read(Path directory) {
        Map<String, String> files = readDrl(directory);
        if (files.isEmpty()) {
            throw new BreachRulesException("rules directory " + directory + " holds no .drl file and no "
                    + PolicyFile.NAME);
        }
        return files;
    }

    /**
     * The DRL files of a folder. A file whose extension is .drl in another case (policy.DRL) is refused with its
     * name, never silently skipped; a byte-order mark is dropped; a file that is not UTF-8 is named.
     */
    private static Map<String, String> readDrl(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new BreachRulesException("rules directory " + directory + " does not exist or is not a directory");
        }
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(directory)) {
            List<Path> drls = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                    .endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
            for (Path p : drls) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".drl")) {
                    throw new BreachRulesException(p + ": rule files must end in .drl (lower case), so that it"
                            + " replaces the built-in file of the same name; rename it");
                }
                files.put(name, text(p));
            }
        } catch (IOException e) {
            throw new BreachRulesException("cannot read rules directory " + directory + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** A file's text: UTF-8, a leading byte-order mark (as Notepad writes) dropped; other encodings refused by name. */
    private static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BreachRulesException("cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BreachRulesException(file + ": not valid UTF-8 (save it as UTF-8; a Latin-1 or Windows-1252"
                    + " character such as an accented letter or a curly quote is the usual cause)");
        }
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
