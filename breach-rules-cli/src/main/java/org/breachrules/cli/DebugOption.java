package org.breachrules.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --debug} option, on every command that can fail unexpectedly. Read by the one execution-exception
 * handler of {@link BreachRulesCli}, from the command's parse result; a command never reads it itself.
 */
final class DebugOption {
    /** The option's name, as the handler looks it up. */
    static final String NAME = "--debug";

    @Option(names = NAME, description = "Print a stack trace for an unexpected failure.")
    private boolean debug;
}
