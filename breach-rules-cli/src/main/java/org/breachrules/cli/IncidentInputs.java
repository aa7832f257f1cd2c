package org.breachrules.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.cli.register.IncidentFiles;
import picocli.CommandLine.Parameters;

/**
 * The inputs of the commands that work across incidents ({@code register}, {@code hhs-log}, {@code draft-notices}):
 * the files or folders. Evaluates each incident in batches with the command's rules and hands on each answer.
 */
final class IncidentInputs {
    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Incident files (JSON; NDJSON when named *.ndjson) or folders of them.")
    private List<String> inputs;

    /**
     * Evaluates every incident as of {@code date} with the rules of {@code rules}, handing each one with its
     * determination to {@code each}.
     *
     * @return every problem (the rules folder, unreadable files, invalid incidents), one line each; empty when all
     *         was read and evaluated
     */
    List<String> evaluate(RulesOption rules, Determiners determiners, LocalDate date,
                          BiConsumer<Incident, Determination> each) {
        List<String> problems = new ArrayList<>();
        BreachDeterminer determiner = rules.determiner(determiners, problems);
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
