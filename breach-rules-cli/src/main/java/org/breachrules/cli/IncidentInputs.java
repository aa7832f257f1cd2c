package org.breachrules.cli;

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
 * the files or folders, and the budget for all of them together. Evaluates each incident in batches with the
 * command's rules and hands on each answer.
 */
final class IncidentInputs {
    /**
     * The default budget of {@code register} and {@code hhs-log}, which keep a few hundred bytes per incident (100,000
     * incidents run in a 64 MB heap).
     */
    static final long MAX_INCIDENTS_KEPT_AS_ROWS = 1_000_000;

    /** The default budget of {@code draft-notices}, which renders every draft before writing any (13 KB an incident). */
    static final long MAX_INCIDENTS_DRAFTED = 10_000;

    @Option(names = "--max-incidents", paramLabel = "N",
            description = "The most incidents all FILEs and DIRs may hold together, valid or not (each array element"
                    + " and NDJSON line counts); past it nothing more is read (exit 2). Default 1000000 for register"
                    + " and hhs-log, 10000 for draft-notices.")
    private Long maxIncidents;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*",
            description = "Incident files (JSON; NDJSON when named *.ndjson) or folders of them.")
    private List<String> inputs;

    /**
     * Evaluates every incident as of {@code date} with the rules of {@code rules}, handing each one with its
     * determination to {@code each}. Once there is a problem nothing more is evaluated (the command will print
     * nothing), but reading goes on to report the rest, within the budget.
     *
     * @param defaultMaxIncidents the budget when {@code --max-incidents} is not given
     * @return every problem (the rules folder, unreadable files, invalid incidents, the budget), one line each, in
     *         bounded memory; empty when all was read and evaluated
     */
    Problems evaluate(RulesOption rules, Determiners determiners, LocalDate date, long defaultMaxIncidents,
                      BiConsumer<Incident, Determination> each) {
        Problems problems = new Problems();
        long max = maxIncidents == null ? defaultMaxIncidents : maxIncidents;
        if (max < 1) {
            problems.add("--max-incidents: must be at least 1, was " + max);
            return problems;
        }
        List<String> rulesProblems = new ArrayList<>();
        BreachDeterminer determiner = rules.determiner(determiners, rulesProblems);
        problems.addAll(rulesProblems);
        if (determiner == null) {
            return problems;
        }
        new IncidentFiles(date, max, problems).read(inputs, batch -> {
            if (!problems.isEmpty()) {
                return; // nothing will be printed: evaluating costs time a hostile input should not buy
            }
            List<Determination> answers = determiner.determineAll(batch, date);
            for (int i = 0; i < batch.size(); i++) {
                each.accept(batch.get(i), answers.get(i));
            }
        });
        return problems;
    }
}
