package org.breachrules.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.breachrules.json.IncidentWriter;
import org.breachrules.verify.generate.IncidentGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --count N [--seed S] [--as-of DATE]}: writes N synthetic, valid incidents as NDJSON (one compact
 * incident per line), for load tests and {@code evaluate --ndjson}. The same seed gives the same lines.
 */
@Command(name = "generate",
        description = {
            "Writes synthetic incidents (a realistic mix, valid as of DATE) as NDJSON: one incident per line.",
            "The same --seed always gives the same output."},
        sortOptions = false)
final class GenerateCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many incidents (0 or more).")
    private long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: 1).")
    private long seed;

    @Mixin
    private AsOfOption asOf;

    @Option(names = "--all-facts", description = "Also draw the facts formats 1.1 and 1.2 added (estimated counts,"
            + " deceased individuals, deliberate misuse, containment, late assessments, notices already sent and in"
            + " waves, law-enforcement statements in order, data states, forensic evidence, contradictions).")
    private boolean allFacts;

    @Mixin
    private DebugOption debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date = asOf.date();
        if (count < 0) {
            return Lines.invalid(err, java.util.List.of("--count: must not be negative, was " + count));
        }
        IncidentGenerator generator = new IncidentGenerator(seed, date);
        if (allFacts) {
            generator.withFormat12Facts();
        }
        IncidentWriter json = IncidentWriter.compact();
        StringBuilder buffer = new StringBuilder(1 << 16);
        for (long i = 0; i < count; i++) {
            buffer.append(json.write(generator.next())).append('\n');
            if (buffer.length() >= 1 << 16) {
                out.append(buffer);
                buffer.setLength(0);
                if (out.checkError()) {
                    return Lines.cannotWriteStandardOutput(err); // a full disk or a reader gone (e.g. head)
                }
            }
        }
        out.append(buffer);
        out.flush();
        return out.checkError() ? Lines.cannotWriteStandardOutput(err) : ExitCodes.OK;
    }
}
