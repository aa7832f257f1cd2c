package org.breachrules.api;

/**
 * One problem found compiling a rule file.
 *
 * @param file    the DRL file's name, e.g. {@code policy.drl}
 * @param line    the line the compiler points at (1-based); 0 when it names none
 * @param message what the compiler said
 */
public record RuleProblem(String file, int line, String message) {

    /** {@code file:line: message}, the form the command-line tool prints. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
