package org.breachrules.states;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.breachrules.api.Jurisdiction;

/**
 * The state-law data the engine joins to a determination: one {@link StateLaw} per jurisdiction that has a file.
 *
 * <p>{@link #builtIn()} reads the files shipped in this jar, named one per line in
 * {@code org/breachrules/states/index.txt} (no classpath scanning, so the set of files is explicit and works from any
 * class loader). {@link #withOverrides(Path)} replaces jurisdictions with files from a tuned rules folder. Instances
 * are immutable and thread-safe.
 */
public final class StateLaws {
    private static final String BASE = "org/breachrules/states/";
    private static final String INDEX = BASE + "index.txt";

    private final Map<Jurisdiction, StateLaw> laws;

    private StateLaws(Map<Jurisdiction, StateLaw> laws) {
        this.laws = Collections.unmodifiableMap(new EnumMap<>(laws));
    }

    /**
     * The data shipped with the library.
     *
     * @throws InvalidStateLawException if a shipped file is invalid (a build error: the module's tests read them all)
     */
    public static StateLaws builtIn() {
        Map<Jurisdiction, StateLaw> laws = new EnumMap<>(Jurisdiction.class);
        List<String> problems = new ArrayList<>();
        for (String file : resourceLines(INDEX)) {
            try {
                StateLaw law = StateLawReader.read(file, resource(BASE + file));
                if (laws.put(law.jurisdiction(), law) != null) {
                    problems.add(INDEX + ": " + file + " is listed twice");
                }
            } catch (InvalidStateLawException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidStateLawException(problems);
        }
        return new StateLaws(laws);
    }

    /**
     * These laws with the jurisdictions that have a file named {@code XX.json} (a two-letter {@link Jurisdiction}
     * code) in {@code folder} replaced by that file. Other files in the folder are ignored; a folder that does not
     * exist changes nothing.
     *
     * @throws InvalidStateLawException naming every invalid file and field; nothing is replaced in that case
     */
    public StateLaws withOverrides(Path folder) {
        if (!Files.isDirectory(folder)) {
            return this;
        }
        Map<Jurisdiction, StateLaw> merged = new EnumMap<>(laws);
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> isJurisdictionFile(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new InvalidStateLawException(List.of(folder + ": cannot list the folder: " + e.getMessage()));
        }
        for (Path p : files) {
            try {
                StateLaw law = StateLawReader.read(p.getFileName().toString(),
                        Files.readString(p, StandardCharsets.UTF_8));
                merged.put(law.jurisdiction(), law);
            } catch (IOException e) {
                problems.add(p + ": cannot read: " + e.getMessage());
            } catch (InvalidStateLawException e) {
                String name = p.getFileName().toString();
                e.problems().forEach(m -> problems.add(m.startsWith(name) ? p + m.substring(name.length()) : m));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidStateLawException(problems);
        }
        return new StateLaws(merged);
    }

    /**
     * These laws with jurisdictions replaced by files given as text ({@code XX.json} name to JSON), as a tuned rules
     * folder or an evidence bundle holds them. Names that are not a jurisdiction file are ignored.
     *
     * @throws InvalidStateLawException naming every invalid file and field; nothing is replaced in that case
     */
    public StateLaws withFiles(Map<String, String> files) {
        if (files.isEmpty()) {
            return this;
        }
        Map<Jurisdiction, StateLaw> merged = new EnumMap<>(laws);
        List<String> problems = new ArrayList<>();
        new java.util.TreeMap<>(files).forEach((name, text) -> {
            if (!isJurisdictionFile(name)) {
                return;
            }
            try {
                StateLaw law = StateLawReader.read(name, text);
                merged.put(law.jurisdiction(), law);
            } catch (InvalidStateLawException e) {
                problems.addAll(e.problems());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidStateLawException(problems);
        }
        return new StateLaws(merged);
    }

    /** The file for a jurisdiction, or empty when there is none (the engine reports its law as not checked). */
    public Optional<StateLaw> law(Jurisdiction jurisdiction) {
        return Optional.ofNullable(laws.get(jurisdiction));
    }

    /**
     * The version of a jurisdiction's law governing a breach whose clock started on {@code clockStart}; empty when
     * there is no file or the clock started before its first version.
     */
    public Optional<StateLawVersion> versionInForce(Jurisdiction jurisdiction, LocalDate clockStart) {
        return law(jurisdiction).flatMap(l -> l.versionOn(clockStart));
    }

    /** Every jurisdiction with a file, in {@link Jurisdiction} order. */
    public List<Jurisdiction> jurisdictions() {
        return List.copyOf(laws.keySet());
    }

    /**
     * The latest {@code checkedOn} over all files: the determination's {@code stateLawsAsOf}.
     *
     * @throws IllegalStateException if there are no files at all
     */
    public LocalDate checkedOn() {
        return laws.values().stream().map(StateLaw::checkedOn).max(LocalDate::compareTo)
                .orElseThrow(() -> new IllegalStateException("no state-law files"));
    }

    /** Whether {@code name} names a jurisdiction file: a two-letter {@link Jurisdiction} code and {@code .json}. */
    public static boolean isJurisdictionFile(String name) {
        if (!name.matches("[A-Z]{2}\\.json")) {
            return false;
        }
        String code = name.substring(0, 2);
        for (Jurisdiction j : Jurisdiction.values()) {
            if (j.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> resourceLines(String name) {
        List<String> lines = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                lines.add(t);
            }
        }
        return lines;
    }

    private static String resource(String name) {
        try (InputStream in = StateLaws.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidStateLawException(List.of(name + ": missing from the jar"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
