package org.breachrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.breachrules.drools.BuiltInRules;
import org.breachrules.drools.RuleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export-rules DIR [--force]}: writes the built-in DRL files into DIR (created if missing), the starting point
 * for tuning. One line per file written on standard output. DIR already holding any of those files without
 * {@code --force} is bad usage: exit 2, one line, nothing written.
 */
@Command(name = "export-rules",
        description = {
            "Writes the built-in rule files (*.drl) into DIR, as a starting point for tuning.",
            "Edit them, check them with 'verify --rules DIR', use them with 'evaluate --rules DIR'."},
        sortOptions = false)
final class ExportRulesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--force", description = "Overwrite rule files of the same names already in DIR.")
    private boolean force;

    @Mixin
    private DebugOption debug;


    @Parameters(paramLabel = "DIR", arity = "1", description = "Directory to write the rule files into.")
    private Path dir;

    /** An unexpected failure is reported by the execution-exception handler of {@link BreachRulesCli}. */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return Lines.invalid(err, List.of(dir + ": " + RulesDirectory.WHOLE + ": not a directory"));
        }
        if (!force) {
            List<String> present = BuiltInRules.sources().keySet().stream()
                    .filter(file -> Files.exists(dir.resolve(file))).toList();
            if (!present.isEmpty()) {
                return Lines.invalid(err, List.of(dir + ": " + RulesDirectory.WHOLE + ": already holds "
                        + (present.size() == 1 ? "the rule file " : present.size() + " of the rule files ")
                        + (present.size() <= 3 ? String.join(", ", present)
                                : String.join(", ", present.subList(0, 3)) + " and " + (present.size() - 3)
                                        + " more")
                        + "; nothing written (add --force to overwrite " + (present.size() == 1 ? "it" : "them")
                        + ", or choose another directory)"));
            }
        }
        List<Path> written = RuleFiles.exportBuiltIn(dir, force);
        StringBuilder lines = new StringBuilder();
        for (Path file : written) {
            lines.append(Lines.oneLine(file.toString())).append('\n');
        }
        out.print(lines);
        out.flush();
        return ExitCodes.OK;
    }
}
