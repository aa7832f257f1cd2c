package org.breachrules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.breachrules.cli.register.HhsLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hhs-log --year YYYY [--as-of DATE] [--csv FILE] FILE|DIR...}: the breaches under 500 discovered in that year,
 * for the annual report to HHS (45 CFR 164.408(c)), as CSV with the portal's fields and a text summary.
 */
@Command(name = "hhs-log",
        description = {
            "The HHS annual log: every breach affecting fewer than 500 individuals discovered in YEAR, one CSV row",
            "each with the HHS portal's fields (blank and named in missing_portal_fields when the incident lacks",
            "one), and a summary with each due date and its count; breaches already reported to HHS are left out",
            "and counted. Without --csv the CSV goes to standard output after the summary."},
        sortOptions = false)
final class HhsLogCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--year", paramLabel = "YYYY", required = true, description = "The year of discovery.")
    private int year;

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the CSV here; the summary goes to standard output.")
    private Path csv;

    @Mixin
    private RulesOption rules;

    @Mixin
    private DebugOption debug;

    @Mixin
    private IncidentInputs inputs;

    private final Determiners determiners;

    HhsLogCommand(Determiners determiners) {
        this.determiners = determiners;
    }

    /** An unexpected failure is reported by the execution-exception handler of {@link BreachRulesCli}. */
    @Override
    public Integer call() throws Exception {
        return log(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private int log(PrintWriter out, PrintWriter err) throws Exception {
        if (year < 1900 || year > 2999) {
            return Lines.invalid(err, List.of("--year: expected a year between 1900 and 2999, got " + year));
        }
        LocalDate date = asOf.date();
        HhsLog log = new HhsLog(year);
        Problems problems = inputs.evaluate(rules, determiners, date, IncidentInputs.MAX_INCIDENTS_KEPT_AS_ROWS,
                log::add);
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems);
        }
        out.print(log.summary());
        if (csv != null) {
            OutputFiles.write(csv, log.csv());
        } else {
            out.print('\n');
            out.print(log.csv());
        }
        out.flush();
        return out.checkError() ? Lines.cannotWriteStandardOutput(err) : ExitCodes.OK;
    }
}
