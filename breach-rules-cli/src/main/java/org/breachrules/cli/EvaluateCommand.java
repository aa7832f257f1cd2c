package org.breachrules.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate [--as-of DATE] [--rules DIR] [--format json|text] [--debug] FILE...}: the options, and the choice
 * between a batch ({@link BatchEvaluation}: every file read and validated before anything is printed) and a stream
 * ({@link StreamEvaluation}, {@code --ndjson}). Any invalid input means exit 2, every problem on standard error as
 * {@code FILE: field.path: what is wrong}.
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf.date();
        if (maxIncidents < 1) {
            return Lines.invalid(err, List.of("--max-incidents: must be at least 1, was " + maxIncidents));
        }
        EvaluateRequest request = new EvaluateRequest(date, format, whatIf, ics, evidence, quiet, maxIncidents, files);
        return ndjson ? new StreamEvaluation(determiners, rules, stdin).run(request, out, err)
                : new BatchEvaluation(determiners, rules, stdin).run(request, out, err);
    }
}
