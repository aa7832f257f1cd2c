package org.breachrules.cli;

import java.nio.file.Path;
import java.util.List;
import org.breachrules.api.BreachDeterminer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * The rules an evaluating command runs: {@code --rules DIR} and {@code --allow-any-java}, declared once for
 * {@code evaluate}, {@code verify}, {@code register}, {@code hhs-log} and {@code draft-notices}, so that each loads a
 * folder the same way and says what is wrong with it in the same lines (see {@link RulesDirectory}).
 */
final class RulesOption {
    private static final String RULES = "--rules";

    @Option(names = RULES, paramLabel = "DIR",
            description = "Load DRL files from DIR, each replacing the built-in file of the same name, or adding"
                    + " to the rules if new; or a jar made from such a folder by compile-rules.")
    private Path rules;

    @Option(names = "--allow-any-java",
            description = "Trust the rules folder's DRL files with any Java (by default they may use only the API,"
                    + " the fact classes, java.time and java.util, without loops). Only for a folder you control.")
    private boolean allowAnyJava;

    /** Whether the folder is trusted with any Java. */
    boolean allowAnyJava() {
        return allowAnyJava;
    }

    /** DIR, or null without {@code --rules}. */
    Path directory() {
        return rules;
    }

    /**
     * The built-in rules tuned by DIR; null without {@code --rules}, or when DIR cannot be used, with one line per
     * problem added to {@code problems}.
     */
    BreachDeterminer tuned(Determiners determiners, List<String> problems) {
        return rules == null ? null : RulesDirectory.load(determiners, rules, allowAnyJava, problems);
    }

    /** The rules in force: the built-in ones without {@code --rules}, else as {@link #tuned}. */
    BreachDeterminer determiner(Determiners determiners, List<String> problems) {
        return rules == null ? determiners.builtIn() : tuned(determiners, problems);
    }

    /**
     * Makes {@code --rules} required in {@code command}'s model, for a command with nothing to do without tuned rules
     * ({@code verify}): picocli then refuses the command line without it and shows it as required in the usage.
     * A mixin's option cannot be required in one command only, so the options are added again, in their order.
     */
    static void require(CommandSpec command) {
        List<OptionSpec> options = List.copyOf(command.options());
        options.forEach(command::remove);
        for (OptionSpec option : options) {
            command.addOption(option.longestName().equals(RULES) ? option.toBuilder().required(true).build() : option);
        }
    }
}
