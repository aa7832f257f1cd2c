package org.breachrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.InvalidIncidentException;
import org.breachrules.api.Violation;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.Utf8;
import org.breachrules.json.ReadResult;

/**
 * Streams NDJSON through the engine: one incident per input line in, one compact determination per line out, in
 * input order, in constant memory, on every core.
 *
 * <p>The calling thread reads lines and groups them into chunks of {@value #CHUNK_LINES}; workers parse, validate
 * and evaluate a chunk ({@link BreachDeterminer#determineAll} over its valid incidents) and render it; the calling
 * thread writes the chunks back in the order it read them. At most {@link #inFlight} chunks exist at any time, so
 * memory does not grow with the input. A bad line (malformed JSON or an invalid incident) gives one line per problem
 * on standard error, {@code FILE:LINE: field.path: message} (at most {@link Lines#MAX_PROBLEMS} per line, then a
 * count), nothing on standard output, and the stream goes on; so does a line longer than {@link #MAX_LINE_CHARS}.
 */
final class NdjsonEvaluator {

    /** Non-blank lines per chunk. */
    static final int CHUNK_LINES = 256;

    /**
     * The longest line read, the most characters an incident may take ({@link IncidentReader#MAX_INCIDENT_CHARS}; an
     * incident is a few KB): a longer one is a problem of its line and is skipped without being held, so a stream
     * with no newline cannot fill the memory.
     */
    static final int MAX_LINE_CHARS = IncidentReader.MAX_INCIDENT_CHARS;

    /**
     * The most characters of lines in one chunk: a chunk closes at {@value #CHUNK_LINES} lines or at this, whichever
     * comes first, so chunks of long (hostile) lines in flight hold megabytes, not {@value #CHUNK_LINES} times
     * {@link #MAX_LINE_CHARS}.
     */
    static final int CHUNK_CHARS = 4 << 20;

    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;

    private final BreachDeterminer determiner;
    private final LocalDate asOf;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean progress;
    private final int workers;
    private final int inFlight;
    private final IncidentReader reader = new IncidentReader();
    private final DeterminationWriter json = DeterminationWriter.compact();

    private long evaluated;
    private long badLines;
    private long started;
    private long lastProgress;

    NdjsonEvaluator(BreachDeterminer determiner, LocalDate asOf, PrintWriter out, PrintWriter err, boolean progress) {
        this.determiner = determiner;
        this.asOf = asOf;
        this.out = out;
        this.err = err;
        this.progress = progress;
        this.workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.inFlight = 2 * workers + 2;
    }

    /** One input: its name as given on the command line, and how to open it. */
    interface Source {
        String name();

        Reader open() throws IOException;
    }

    /** Why the stream stopped early: standard output is gone. */
    static final class OutputClosed extends Exception {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super("cannot write to standard output", null, false, false);
        }
    }

    /**
     * Streams every source in turn.
     *
     * @param unreadable called with the source when it cannot be opened or read; counts as a bad line
     * @return the number of bad lines (and unreadable sources)
     */
    long run(List<Source> sources, java.util.function.BiConsumer<Source, IOException> unreadable)
            throws OutputClosed, InterruptedException, ExecutionException {
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "breach-rules-ndjson-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        started = System.nanoTime();
        lastProgress = started;
        Deque<Future<Rendered>> pending = new ArrayDeque<>();
        try {
            for (Source source : sources) {
                try (BoundedLines lines = new BoundedLines(source.open(), MAX_LINE_CHARS)) {
                    long lineNumber = 0;
                    List<String> chunk = new ArrayList<>(CHUNK_LINES);
                    long[] numbers = new long[CHUNK_LINES];
                    long chunkChars = 0;
                    while (lines.next()) {
                        lineNumber++;
                        String line = lines.line(); // null: too long, a problem of its line
                        if (line != null && line.isBlank()) {
                            continue;
                        }
                        numbers[chunk.size()] = lineNumber;
                        chunk.add(line);
                        chunkChars += line == null ? 0 : line.length();
                        if (chunk.size() == CHUNK_LINES || chunkChars >= CHUNK_CHARS) {
                            submit(pool, pending, new Chunk(source.name(), chunk, numbers));
                            chunk = new ArrayList<>(CHUNK_LINES);
                            numbers = new long[CHUNK_LINES];
                            chunkChars = 0;
                        }
                    }
                    if (!chunk.isEmpty()) {
                        submit(pool, pending, new Chunk(source.name(), chunk, numbers));
                    }
                } catch (IOException e) {
                    // What was read before the failure is still written, in order.
                    unreadable.accept(source, e);
                    badLines++;
                }
            }
            while (!pending.isEmpty()) {
                write(pending.removeFirst().get());
            }
        } finally {
            pool.shutdownNow();
            if (progress) {
                showProgress(true);
            }
        }
        return badLines;
    }

    private void submit(ExecutorService pool, Deque<Future<Rendered>> pending, Chunk chunk)
            throws OutputClosed, InterruptedException, ExecutionException {
        while (pending.size() >= inFlight) {
            write(pending.removeFirst().get());
        }
        pending.addLast(pool.submit(() -> render(chunk)));
        // Write whatever is already done, so output flows while input is still coming.
        while (!pending.isEmpty() && pending.peekFirst().isDone()) {
            write(pending.removeFirst().get());
        }
    }

    private void write(Rendered rendered) throws OutputClosed {
        for (String problem : rendered.problems()) {
            err.println(Lines.oneLine(problem));
        }
        if (!rendered.problems().isEmpty()) {
            err.flush();
        }
        out.append(rendered.determinations());
        out.flush();
        if (out.checkError()) {
            throw new OutputClosed();
        }
        evaluated += rendered.evaluated();
        badLines += rendered.badLines();
        if (progress) {
            showProgress(false);
        }
    }

    /** Parses, validates, evaluates and renders one chunk (on a worker). */
    private Rendered render(Chunk chunk) {
        List<String> problems = new ArrayList<>();
        List<Incident> valid = new ArrayList<>(chunk.lines().size());
        List<Long> validLines = new ArrayList<>(chunk.lines().size());
        int bad = 0;
        for (int i = 0; i < chunk.lines().size(); i++) {
            long number = chunk.numbers()[i];
            String line = chunk.lines().get(i);
            if (line == null) {
                problems.add(chunk.name() + ":" + number + ": " + IncidentReader.DOCUMENT + ": a line longer than "
                        + MAX_LINE_CHARS + " characters, the most a line may have");
                bad++;
                continue;
            }
            if (line.indexOf(Utf8.MALFORMED) >= 0) {
                // The same policy as file mode: invalid UTF-8 is a problem of its line, never replaced silently.
                problems.add(chunk.name() + ":" + number + ": " + IncidentReader.DOCUMENT + ": not valid UTF-8");
                bad++;
                continue;
            }
            ReadResult result = reader.read(line, asOf);
            if (!result.ok()) {
                List<Violation> all = result.violations();
                for (Violation v : all.subList(0, Math.min(Lines.MAX_PROBLEMS, all.size()))) {
                    problems.add(chunk.name() + ":" + number + ": " + v.field() + ": " + v.message());
                }
                if (all.size() > Lines.MAX_PROBLEMS) {
                    problems.add(Lines.more(chunk.name() + ":" + number, all.size() - Lines.MAX_PROBLEMS));
                }
                bad++;
            } else if (result.array()) {
                problems.add(chunk.name() + ":" + number + ": " + IncidentReader.DOCUMENT
                        + ": expected one incident object per line, got an array");
                bad++;
            } else {
                valid.add(result.incidents().get(0));
                validLines.add(number);
            }
        }
        List<Determination> determinations;
        try {
            determinations = determiner.determineAll(valid, asOf);
        } catch (InvalidIncidentException e) {
            // The reader validates as the engine does, so this is a safety net: find the culprits one by one.
            determinations = new ArrayList<>(valid.size());
            for (int i = 0; i < valid.size(); i++) {
                try {
                    determinations.add(determiner.determine(valid.get(i), asOf));
                } catch (InvalidIncidentException one) {
                    for (Violation v : one.violations()) {
                        problems.add(chunk.name() + ":" + validLines.get(i) + ": " + v.field() + ": "
                                + v.message());
                    }
                    bad++;
                }
            }
        }
        StringBuilder text = new StringBuilder(determinations.size() * 2048);
        for (Determination d : determinations) {
            text.append(json.write(d)).append('\n');
        }
        return new Rendered(text, problems, determinations.size(), bad);
    }

    private void showProgress(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastProgress < PROGRESS_EVERY_NANOS) {
            return;
        }
        lastProgress = now;
        double seconds = Math.max(1e-9, (now - started) / 1e9);
        err.print(String.format(Locale.ROOT, "\r%,d incidents, %,.0f/s%s", evaluated, evaluated / seconds,
                badLines > 0 ? ", " + badLines + " bad" : ""));
        if (last) {
            err.println();
        }
        err.flush();
    }

    /** Lines of one source, with their line numbers. */
    private record Chunk(String name, List<String> lines, long[] numbers) {
    }

    /** A chunk's output: determinations (one line each), problems (one line each). */
    private record Rendered(CharSequence determinations, List<String> problems, int evaluated, int badLines) {
    }

    /** A source read as UTF-8; bad bytes mark their line (see {@link Utf8#lenientReader}), the stream goes on. */
    static Reader utf8(java.io.InputStream in) {
        return Utf8.lenientReader(in);
    }
}
