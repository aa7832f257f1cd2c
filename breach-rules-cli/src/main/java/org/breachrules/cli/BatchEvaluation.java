package org.breachrules.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.InvalidIncidentException;
import org.breachrules.api.Violation;
import org.breachrules.cli.IncidentFiles.Input;
import org.breachrules.cli.evidence.EvidenceWriter;
import org.breachrules.drools.whatif.WhatIfAnalysis;

/**
 * {@code evaluate} without {@code --ndjson}: reads and validates every file, and only then evaluates and prints. Any
 * invalid input (tuned rules included) means exit 2, every problem on standard error, nothing on standard output.
 */
final class BatchEvaluation {
    private final Determiners determiners;
    private final RulesOption rules;
    private final InputStream stdin;

    BatchEvaluation(Determiners determiners, RulesOption rules, InputStream stdin) {
        this.determiners = determiners;
        this.rules = rules;
        this.stdin = stdin;
    }

    int run(EvaluateRequest request, PrintWriter out, PrintWriter err) throws Exception {
        // 1. Read and validate every file before anything is printed.
        Problems problems = new Problems();
        List<Input> inputs = new IncidentFiles(stdin, request.maxIncidents()).read(request.files(), request.date(),
                problems);
        // 2. Tuned rules are input too: a directory that is not there, or a file that does not compile, is reported
        //    with the rest, and nothing is evaluated.
        List<String> rulesProblems = new ArrayList<>();
        BreachDeterminer tuned = rules.tuned(determiners, rulesProblems);
        problems.addAll(rulesProblems);
        if (!problems.isEmpty()) {
            return Lines.invalid(err, problems);
        }

        // 3. The engine, then every determination, into the output's buffer.
        BreachDeterminer determiner = tuned != null ? tuned : determiners.builtIn();
        EvidenceWriter bundles = request.evidence() == null ? null
                : new EvidenceWriter(request.evidence(), DroolsEngine.of(determiner).ruleSources(),
                        VersionProvider.libraryVersion());
        WhatIfAnalysis analysis = request.whatIf() ? WhatIfAnalysis.of(DroolsEngine.of(determiner)) : null;
        if (analysis != null) {
            determiner = analysis.asDeterminer();
        }
        BatchOutput output = new BatchOutput(request, bundles, analysis);
        for (Input input : inputs) {
            List<Determination> determinations;
            try {
                determinations = input.array()
                        ? determiner.determineAll(input.incidents(), request.date())
                        : List.of(determiner.determine(input.incidents().get(0), request.date()));
            } catch (InvalidIncidentException e) {
                // The reader validates as the engine does, so this is a safety net; still the input's fault.
                List<String> lines = new ArrayList<>();
                for (Violation v : e.violations()) {
                    lines.add(input.file() + ": " + v.field() + ": " + v.message());
                }
                return Lines.invalid(err, lines);
            }
            output.add(input, determinations);
        }
        out.print(output.finish());
        out.flush();
        return out.checkError() ? Lines.cannotWriteStandardOutput(err) : ExitCodes.OK;
    }
}
