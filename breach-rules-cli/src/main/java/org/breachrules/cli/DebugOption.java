package org.breachrules.cli;

import picocli.CommandLine.Option;

/** The {@code --debug} option, shared by every command that can fail unexpectedly. */
final class DebugOption {
    @Option(names = "--debug", description = "Print a stack trace for an unexpected failure.")
    private boolean debug;

    boolean on() {
        return debug;
    }
}
