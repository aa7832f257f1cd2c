package org.breachrules.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.cli.register.IncidentFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that work across incidents ({@code register}, {@code hhs-log}, {@code draft-notices}):
 * the files or folders, and the tuned rules. Evaluates each incident in batches and hands on each answer.
 */
final class IncidentInputs {
    @Option(names = "--rules", paramLabel = "DIR", description = "Tuned rules, as for evaluate.")
    private Path rules;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Incident files (JSON; NDJSON when named *.ndjson) or folders of them.")
    private List<String> inputs;

    /**
     * Evaluates every incident as of {@code date}, handing each one with its determination to {@code each}.
     *
     * @return every problem (the rules folder, unreadable files, invalid incidents), one line each; empty when all
     *         was read and evaluated
     */
    List<String> evaluate(Determiners determiners, LocalDate date, BiConsumer<Incident, Determination> each) {
        List<String> problems = new ArrayList<>();
        BreachDeterminer determiner = rules == null ? determiners.builtIn()
                : RulesDirectory.load(determiners, rules, problems);
        if (determiner == null) {
            return problems;
        }
        IncidentFiles files = new IncidentFiles(date);
        files.read(inputs, batch -> {
            List<Determination> answers = determiner.determineAll(batch, date);
            for (int i = 0; i < batch.size(); i++) {
                each.accept(batch.get(i), answers.get(i));
            }
        });
        return files.problems();
    }
}
