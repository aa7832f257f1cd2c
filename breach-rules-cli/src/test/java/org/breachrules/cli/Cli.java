package org.breachrules.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.DroolsBreachDeterminer;

/** Runs the tool in-process with captured streams; never {@code System.exit}. */
final class Cli {

    /** The real engine, built once for every test class that needs it (it is thread-safe). */
    private static BreachDeterminer engine;

    /** The tool's result: exit status, standard output, standard error. */
    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Cli() {
    }

    static synchronized BreachDeterminer engine() {
        if (engine == null) {
            engine = DroolsBreachDeterminer.builtIn();
        }
        return engine;
    }

    /** Determiners backed by one fixed determiner; {@code --rules} is refused. */
    static Determiners fixed(BreachDeterminer determiner) {
        return new Determiners() {
            @Override
            public BreachDeterminer builtIn() {
                return determiner;
            }

            @Override
            public BreachDeterminer withRules(Path rulesDirectory) {
                throw new UnsupportedOperationException("not in this test");
            }
        };
    }

    /** Runs with the real built-in engine and empty standard input. */
    static Result run(String... args) {
        return run(fixed(engine()), "", args);
    }

    static Result run(Determiners determiners, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachRulesCli.commandLine(determiners,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
