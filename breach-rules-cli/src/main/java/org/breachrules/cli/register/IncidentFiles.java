package org.breachrules.cli.register;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
import org.breachrules.cli.FileLimits;
import org.breachrules.cli.Problems;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;

/**
 * Reads incidents for the commands that work across many of them: each FILE (a JSON incident or array, or NDJSON
 * when its name ends in {@code .ndjson}), or each {@code *.json} and {@code *.ndjson} file of a DIR, in name order.
 * Incidents are handed on in batches, so NDJSON of any length is read in bounded memory. Problems are collected as
 * {@code FILE: field.path: message} ({@code FILE:LINE: ...} for NDJSON), never echoing a value, in bounded memory
 * ({@link Problems}).
 *
 * <p>Bounded in total as well as per file (issue 26): the incidents read from all FILEs together, valid or not (each
 * element of an array, each non-blank NDJSON line), are at most {@code maxIncidents}; the file or line that passes it
 * is named and nothing more is read. A JSON file is read whole, so one larger than {@link FileLimits#MAX_FILE_BYTES}
 * is refused before it is read.
 */
public final class IncidentFiles {
    /** Incidents handed on at a time. */
    static final int BATCH = 256;

    private static final String ADVICE = "give a larger batch as NDJSON (a file named *.ndjson, one incident a line)";

    private final LocalDate asOf;
    private final long maxIncidents;
    private final Problems problems;
    private final IncidentReader reader = new IncidentReader();
    private long read; // incidents read so far, valid or not, from all files

    /** What receives each batch of valid incidents. */
    public interface Sink {
        void accept(List<Incident> incidents);
    }

    /**
     * @param asOf         the evaluation date
     * @param maxIncidents the most incidents all files together may hold, valid or not
     * @param problems     where every problem goes
     */
    public IncidentFiles(LocalDate asOf, long maxIncidents, Problems problems) {
        this.asOf = asOf;
        this.maxIncidents = maxIncidents;
        this.problems = problems;
    }

    /** Reads every FILE or DIR given, in order, handing valid incidents to {@code sink}. */
    public void read(List<String> arguments, Sink sink) {
        for (String argument : arguments) {
            if (problems.stopped()) {
                return;
            }
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
                for (Path f : files) {
                    if (problems.stopped()) {
                        return;
                    }
                    file(f, f.toString(), sink);
                }
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
        try {
            long size = Files.size(path); // before reading: a file too large to hold is not read at all
            if (size > FileLimits.MAX_FILE_BYTES) {
                problems.add(FileLimits.tooLarge(name, size, ADVICE));
                return;
            }
            byte[] bytes = Files.readAllBytes(path);
            long count = Math.max(1, IncidentReader.incidentCount(bytes)); // malformed: one document
            if (read + count > maxIncidents) {
                problems.stop(name + ": $: brings the incidents of the files given to " + (read + count)
                        + ", more than --max-incidents " + maxIncidents + " (all files together); nothing more was"
                        + " read");
                return;
            }
            read += count;
            ReadResult result = reader.read(new ByteArrayInputStream(bytes), asOf);
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
                if (line != null && line.isBlank()) {
                    continue;
                }
                if (++read > maxIncidents) {
                    problems.stop(name + ":" + number + ": $: brings the incidents of the files given past"
                            + " --max-incidents " + maxIncidents + " (all files together); nothing more was read");
                    break;
                }
                if (line == null) {
                    problems.add(name + ":" + number + ": $: a line longer than " + IncidentReader.MAX_INCIDENT_CHARS
                            + " characters, the most a line may have");
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
