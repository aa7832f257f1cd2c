package org.breachrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.breachrules.cli.register.DeadlineCalendar;
import org.breachrules.cli.register.Register;
import org.breachrules.cli.register.RegisterReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code register [--as-of DATE] [--format text|json] [--rules DIR] [--ics FILE] FILE|DIR...}: every incident
 * evaluated as of the date, then one view across them: overdue first, due within 7 days, undetermined, later, sent.
 */
@Command(name = "register",
        description = {
            "The register of notification deadlines across incidents, as of DATE: overdue first, then due within",
            "7 days, then undetermined (with what is missing), then due later, then sent (late ones marked).",
            "FILE is a JSON incident or array, or NDJSON (*.ndjson); DIR means its *.json and *.ndjson files."},
        sortOptions = false)
final class RegisterCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--format", paramLabel = "text|json|html", defaultValue = "text",
            converter = Format.TextJsonHtml.class, completionCandidates = Format.TextJsonHtml.class,
            description = "text (default): the register for a privacy office; json: for machines; html: one page.")
    private Format format;

    @Option(names = "--ics", paramLabel = "FILE",
            description = "Also write each open deadline as a calendar event (RFC 5545) with a reminder 7 days before.")
    private Path ics;

    @Mixin
    private RulesOption rules;

    @Mixin
    private DebugOption debug;

    @Mixin
    private IncidentInputs inputs;

    private final Determiners determiners;

    RegisterCommand(Determiners determiners) {
        this.determiners = determiners;
    }

    /** An unexpected failure is reported by the execution-exception handler of {@link BreachRulesCli}. */
    @Override
    public Integer call() throws Exception {
        return register(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int register(PrintWriter out, PrintWriter err) throws IOException {
        LocalDate date = asOf.date();
        Register register = new Register(date);
        Problems problems = inputs.evaluate(rules, determiners, date, IncidentInputs.MAX_INCIDENTS_KEPT_AS_ROWS,
                (incident, d) -> register.add(d));
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems);
        }
        if (ics != null) {
            DeadlineCalendar calendar = new DeadlineCalendar(date);
            register.rows().forEach(calendar::add);
            OutputFiles.write(ics, calendar.write());
        }
        if (format == Format.JSON) {
            RegisterReport.json(register, out);
        } else if (format == Format.HTML) {
            RegisterReport.html(register, out);
        } else {
            RegisterReport.text(register, out);
        }
        out.flush();
        return out.checkError() ? Lines.cannotWriteStandardOutput(err) : ExitCodes.OK;
    }
}
