package org.breachrules.cli;

/** Lets tests in other packages run the tool in-process (see {@link Cli}). */
public final class BreachRulesCliAccess {
    private BreachRulesCliAccess() {
    }

    /** The tool's result: exit status, standard output, standard error. */
    public record Result(int exit, String out, String err) {
    }

    /** As {@link #run}, with the real engine for {@code --rules} too. */
    public static Result runWithRules(String... args) {
        Cli.Result r = Cli.run(Determiners.drools(), "", args);
        return new Result(r.exit(), r.out(), r.err());
    }

    /** As {@link #run}, with {@code stdin} as standard input. */
    public static Result runWithStdin(String stdin, String... args) {
        Cli.Result r = Cli.run(Cli.fixed(Cli.engine()), stdin, args);
        return new Result(r.exit(), r.out(), r.err());
    }

    public static Result run(String... args) {
        Cli.Result r = Cli.run(args);
        return new Result(r.exit(), r.out(), r.err());
    }
}
