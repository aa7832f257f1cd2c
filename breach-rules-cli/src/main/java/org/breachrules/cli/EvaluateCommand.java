package org.breachrules.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.InvalidIncidentException;
import org.breachrules.api.Violation;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.whatif.WhatIfAnalysis;
import org.breachrules.json.DeterminationWriter;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate [--as-of DATE] [--rules DIR] [--format json|text] [--debug] FILE...}: reads every file, validates
 * every incident, and only then evaluates and prints. Any invalid input means exit 2, every problem on standard
 * error as {@code FILE: field.path: what is wrong}, and nothing on standard output.
 */
@Command(name = "evaluate",
        description = {
            "Evaluates incidents (interchange format, version 1) and prints the determinations.",
            "A FILE holds one incident or a JSON array of incidents; '-' reads standard input."},
        footer = {
            "",
            "With --ndjson, a bad line is reported as FILE:LINE: field.path: what is wrong, skipped, and the"
                + " stream goes on; the exit status is 2 at the end if any line was bad."},
        sortOptions = false)
final class EvaluateCommand implements Callable<Integer> {

    private static final String STDIN = "-";

    /** The path of a problem with a file as a whole, as {@link IncidentReader} uses it. */
    private static final String WHOLE = IncidentReader.DOCUMENT;

    @Spec
    private CommandSpec spec;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private RulesOption rules;

    @Option(names = "--format", paramLabel = "json|text|html", defaultValue = "json",
            converter = Format.JsonTextHtml.class, completionCandidates = Format.JsonTextHtml.class,
            description = "json (default): the interchange format; text: a report for a privacy officer; html:"
                    + " one self-contained HTML report (index, timeline, obligations, reasoning, checklist).")
    private Format format;

    @Option(names = "--what-if",
            description = "Also list the single changes of fact that would change the answer (whatIf in JSON; "
                    + "'what would change the answer' and 'why not' in the text report).")
    private boolean whatIf;

    @Option(names = "--ics", paramLabel = "FILE",
            description = "Also write each open deadline as a calendar event (RFC 5545) with a reminder 7 days before.")
    private Path ics;

    @Option(names = "--evidence", paramLabel = "DIR",
            description = "Also append an evidence bundle per incident to DIR: the incident, the determination, the"
                    + " exact rules, and a manifest of SHA-256s chained to the previous bundle (see verify-evidence).")
    private Path evidence;

    @Option(names = "--ndjson",
            description = "Stream: one incident per line in, one compact determination per line out, in order;"
                    + " a bad line is reported (FILE:LINE: field.path: message) and skipped.")
    private boolean ndjson;

    @Option(names = "--quiet", description = "With --ndjson: no progress line on standard error (shown only when it is a terminal).")
    private boolean quiet;

    @Option(names = "--max-incidents", paramLabel = "N", defaultValue = "10000",
            description = "The most incidents the FILEs may hold, together and so each; default 10000. They are held"
                    + " in memory whole: stream a larger batch with --ndjson.")
    private long maxIncidents;

    @Mixin
    private DebugOption debug;


    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Incident file(s); '-' for standard input.")
    private List<String> files;

    private final Determiners determiners;
    private final InputStream stdin;

    EvaluateCommand(Determiners determiners, InputStream stdin) {
        this.determiners = determiners;
        this.stdin = stdin;
    }

    /** An unexpected failure is reported by the execution-exception handler of {@link BreachRulesCli}. */
    @Override
    public Integer call() throws Exception {
        return evaluate(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int evaluate(PrintWriter out, PrintWriter err) throws Exception {
        // 1. The evaluation date.
        LocalDate date = asOf.date();
        if (maxIncidents < 1) {
            return Lines.invalid(err, List.of("--max-incidents: must be at least 1, was " + maxIncidents));
        }

        if (ndjson) {
            return streamNdjson(date, out, err);
        }

        // 2. Read and validate every file before anything is printed.
        IncidentReader reader = new IncidentReader();
        List<String> problems = new ArrayList<>();
        List<Input> inputs = new ArrayList<>();
        boolean stdinRead = false;
        long total = 0; // incidents of the files read so far
        for (String file : files) {
            byte[] bytes;
            if (STDIN.equals(file)) {
                if (stdinRead) {
                    problems.add(file + ": " + WHOLE + ": standard input can be read only once");
                    continue;
                }
                stdinRead = true;
                try {
                    bytes = stdin.readAllBytes();
                } catch (IOException e) {
                    problems.add(file + ": " + WHOLE + ": cannot read standard input");
                    continue;
                }
            } else {
                try {
                    bytes = readFile(file);
                } catch (Unreadable e) {
                    problems.add(file + ": " + WHOLE + ": cannot read file (" + e.getMessage() + ")");
                    continue;
                }
            }
            long count = IncidentReader.incidentCount(bytes);
            if (count > maxIncidents) {
                problems.add(file + ": " + WHOLE + ": holds " + count + " incidents, more than --max-incidents "
                        + maxIncidents + "; stream a large batch with --ndjson");
                continue;
            }
            // Every file's incidents and results are held until all are printed: the budget is for all files
            // together, not only for each one (five files of 10,000 would otherwise hold 50,000).
            if (total + count > maxIncidents) {
                problems.add(file + ": " + WHOLE + ": brings the incidents of the files given to " + (total + count)
                        + ", more than --max-incidents " + maxIncidents + " (all files together); stream a large"
                        + " batch with --ndjson");
                continue;
            }
            total += count;
            ReadResult result;
            try {
                result = reader.read(new ByteArrayInputStream(bytes), date);
            } catch (UncheckedIOException e) {
                problems.add(file + ": " + WHOLE + ": cannot read file (" + Lines.describe(e.getCause()) + ")");
                continue;
            }
            for (Violation v : result.violations()) {
                problems.add(file + ": " + v.field() + ": " + v.message());
            }
            if (result.ok()) {
                inputs.add(new Input(file, result.incidents(), result.array()));
            }
        }
        // 3. Tuned rules are input too: a directory that is not there, or a file that does not compile, is reported
        //    with the rest, and nothing is evaluated.
        BreachDeterminer tuned = rules.tuned(determiners, problems);
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems);
        }

        // 4. The engine, then every determination, into a buffer: a failure half-way prints no partial result.
        BreachDeterminer determiner = tuned != null ? tuned : determiners.builtIn();
        org.breachrules.cli.evidence.EvidenceWriter bundles = evidence == null ? null
                : new org.breachrules.cli.evidence.EvidenceWriter(evidence, drools(determiner).ruleSources(),
                        VersionProvider.libraryVersion());
        WhatIfAnalysis analysis = whatIf ? WhatIfAnalysis.of(drools(determiner)) : null;
        if (analysis != null) {
            determiner = analysis.asDeterminer();
        }
        StringBuilder buffer = new StringBuilder();
        DeterminationWriter json = DeterminationWriter.pretty();
        // Only kept when a calendar is asked for: otherwise no row of the evaluation is held.
        org.breachrules.cli.register.Register deadlines = ics == null ? null
                : new org.breachrules.cli.register.Register(date);
        List<org.breachrules.cli.report.HtmlReport.Entry> htmlEntries = new ArrayList<>();
        for (Input input : inputs) {
            List<Determination> determinations;
            try {
                determinations = input.array()
                        ? determiner.determineAll(input.incidents(), date)
                        : List.of(determiner.determine(input.incidents().get(0), date));
            } catch (InvalidIncidentException e) {
                // The reader validates as the engine does, so this is a safety net; still the input's fault.
                List<String> lines = new ArrayList<>();
                for (Violation v : e.violations()) {
                    lines.add(input.file() + ": " + v.field() + ": " + v.message());
                }
                return Lines.invalid(err, lines);
            }
            if (deadlines != null) {
                determinations.forEach(deadlines::add);
            }
            if (bundles != null) {
                for (int i = 0; i < determinations.size(); i++) {
                    bundles.write(input.incidents().get(i), determinations.get(i));
                }
            }
            if (format == Format.HTML) {
                for (int i = 0; i < determinations.size(); i++) {
                    String source = input.array() ? input.file() + " [" + i + "]" : input.file();
                    htmlEntries.add(new org.breachrules.cli.report.HtmlReport.Entry(source, input.incidents().get(i),
                            determinations.get(i)));
                }
            } else if (format == Format.TEXT) {
                buffer.append(TextReport.render(input.file(), input.array(), input.incidents(), determinations,
                        analysis == null ? null : analysis::whyNot));
            } else if (input.array()) {
                buffer.append(json.write(determinations)).append('\n');
            } else {
                buffer.append(json.write(determinations.get(0))).append('\n');
            }
        }
        if (format == Format.HTML) {
            buffer.append(org.breachrules.cli.report.HtmlReport.render(htmlEntries, date,
                    VersionProvider.libraryVersion()));
        }
        if (ics != null) {
            org.breachrules.cli.register.DeadlineCalendar calendar = new org.breachrules.cli.register.DeadlineCalendar(date);
            deadlines.rows().forEach(calendar::add);
            OutputFiles.write(ics, calendar.write());
        }
        out.print(buffer);
        out.flush();
        return out.checkError() ? Lines.cannotWriteStandardOutput(err) : ExitCodes.OK;
    }

    /** What-ifs re-run the Drools rules in force; another engine (a test's fake) cannot give them. */
    private static DroolsBreachDeterminer drools(BreachDeterminer determiner) {
        if (determiner instanceof DroolsBreachDeterminer drools) {
            return drools;
        }
        throw new IllegalStateException("--what-if needs the Drools engine, not " + determiner.getClass().getName());
    }

    /**
     * {@code --ndjson}: streams each FILE in turn, line by line (see {@link NdjsonEvaluator}). Bad lines do not stop
     * the stream; they make the exit status 2 at the end.
     */
    private int streamNdjson(LocalDate date, PrintWriter out, PrintWriter err) throws Exception {
        List<String> problems = new ArrayList<>();
        if (format != Format.JSON) {
            problems.add("--format: " + format + " cannot be combined with --ndjson (the stream is JSON, one line"
                    + " each)");
        }
        if (evidence != null || ics != null) {
            problems.add((evidence != null ? "--evidence" : "--ics") + ": cannot be combined with --ndjson (use"
                    + " register --ics, or evaluate the files without --ndjson)");
        }
        if (files.stream().filter(STDIN::equals).count() > 1) {
            problems.add(STDIN + ": " + WHOLE + ": standard input can be read only once");
        }
        BreachDeterminer tuned = problems.isEmpty() ? rules.tuned(determiners, problems) : null;
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems);
        }
        BreachDeterminer determiner = tuned != null ? tuned : determiners.builtIn();
        if (whatIf) {
            determiner = WhatIfAnalysis.of(drools(determiner)).asDeterminer();
        }
        List<NdjsonEvaluator.Source> sources = new ArrayList<>();
        for (String file : files) {
            sources.add(new NdjsonEvaluator.Source() {
                @Override
                public String name() {
                    return file;
                }

                @Override
                public java.io.Reader open() throws IOException {
                    if (STDIN.equals(file)) {
                        return NdjsonEvaluator.utf8(stdin);
                    }
                    Path path;
                    try {
                        path = Path.of(file);
                    } catch (InvalidPathException e) {
                        throw new NoSuchFileException(file, null, "not a valid path");
                    }
                    if (Files.isDirectory(path)) {
                        throw new IOException("it is a directory");
                    }
                    return NdjsonEvaluator.utf8(Files.newInputStream(path));
                }
            });
        }
        boolean progress = !quiet && StandardError.isTerminal();
        NdjsonEvaluator stream = new NdjsonEvaluator(determiner, date, out, err, progress);
        long bad;
        try {
            bad = stream.run(sources, (source, e) -> {
                err.println(Lines.oneLine(source.name() + ": " + WHOLE + ": cannot read file (" + why(e) + ")"));
                err.flush();
            });
        } catch (NdjsonEvaluator.OutputClosed e) {
            return Lines.cannotWriteStandardOutput(err);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
        return bad > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    private static String why(IOException e) {
        if (e instanceof NoSuchFileException) {
            return e.getMessage() != null && e.getMessage().endsWith("not a valid path") ? "not a valid path"
                    : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static byte[] readFile(String file) throws Unreadable {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new Unreadable("not a valid path");
        }
        if (Files.isDirectory(path)) {
            throw new Unreadable("it is a directory");
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable("permission denied");
        } catch (IOException | SecurityException e) {
            throw new Unreadable(e.getClass().getSimpleName());
        } catch (OutOfMemoryError e) {
            throw new Unreadable("too large");
        }
    }

    /** One input file, valid. */
    private record Input(String file, List<Incident> incidents, boolean array) {
    }

    /** A file that cannot be read; the message says why, in a few words. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String why) {
            super(why, null, false, false);
        }
    }
}
