package org.breachrules.cli.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.breachrules.api.Incident;
import org.breachrules.api.Violation;
import org.breachrules.cli.BoundedLines;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;

/**
 * Reads incidents for the commands that work across many of them: each FILE (a JSON incident or array, or NDJSON
 * when its name ends in {@code .ndjson}), or each {@code *.json} and {@code *.ndjson} file of a DIR, in name order.
 * Incidents are handed on in batches, so NDJSON of any length is read in bounded memory. Problems are collected as
 * {@code FILE: field.path: message} ({@code FILE:LINE: ...} for NDJSON), never echoing a value.
 */
public final class IncidentFiles {
    /** Incidents handed on at a time. */
    static final int BATCH = 256;

    private final LocalDate asOf;
    private final IncidentReader reader = new IncidentReader();
    private final List<String> problems = new ArrayList<>();

    /** What receives each batch of valid incidents. */
    public interface Sink {
        void accept(List<Incident> incidents);
    }

    public IncidentFiles(LocalDate asOf) {
        this.asOf = asOf;
    }

    /** Every problem found so far, one line each. */
    public List<String> problems() {
        return problems;
    }

    /** Reads every FILE or DIR given, in order, handing valid incidents to {@code sink}. */
    public void read(List<String> arguments, Sink sink) {
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(path)) {
                    files = list.filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return Files.isRegularFile(p) && (n.endsWith(".json") || n.endsWith(".ndjson"));
                    }).sorted().toList();
                } catch (IOException e) {
                    problems.add(argument + ": $: cannot read directory (" + e.getClass().getSimpleName() + ")");
                    continue;
                }
                if (files.isEmpty()) {
                    problems.add(argument + ": $: holds no .json or .ndjson file");
                }
                files.forEach(f -> file(f, f.toString(), sink));
            } else {
                file(path, argument, sink);
            }
        }
    }

    private void file(Path path, String name, Sink sink) {
        if (!Files.isRegularFile(path)) {
            problems.add(name + ": $: cannot read file (no such file)");
            return;
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
            ndjson(path, name, sink);
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            ReadResult result = reader.read(in, asOf);
            for (Violation v : result.violations()) {
                problems.add(name + ": " + v.field() + ": " + v.message());
            }
            if (result.ok()) {
                for (int i = 0; i < result.incidents().size(); i += BATCH) {
                    sink.accept(result.incidents().subList(i, Math.min(result.incidents().size(), i + BATCH)));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(name + ": $: cannot read file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void ndjson(Path path, String name, Sink sink) {
        List<Incident> batch = new ArrayList<>(BATCH);
        // Lines of at most MAX_INCIDENT_CHARS: a longer one (a stream with no newline) is skipped, not held.
        try (BoundedLines lines = new BoundedLines(Files.newBufferedReader(path, StandardCharsets.UTF_8),
                IncidentReader.MAX_INCIDENT_CHARS)) {
            long number = 0;
            while (lines.next()) {
                number++;
                String line = lines.line();
                if (line == null) {
                    problems.add(name + ":" + number + ": $: a line longer than " + IncidentReader.MAX_INCIDENT_CHARS
                            + " characters, the most a line may have");
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                ReadResult result = reader.read(line, asOf);
                if (!result.ok() || result.array()) {
                    for (Violation v : result.violations()) {
                        problems.add(name + ":" + number + ": " + v.field() + ": " + v.message());
                    }
                    if (result.array()) {
                        problems.add(name + ":" + number + ": $: expected one incident per line, got an array");
                    }
                    continue;
                }
                batch.add(result.incidents().get(0));
                if (batch.size() == BATCH) {
                    sink.accept(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(name + ": $: cannot read file (" + e.getClass().getSimpleName() + ")");
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
