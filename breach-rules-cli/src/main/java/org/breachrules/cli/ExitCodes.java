package org.breachrules.cli;

/**
 * The exit status of every command, in one table (printed by each command's {@code --help} and in the README).
 * Scripts and CI gates can rely on it: a command never exits 0 unless it did what was asked.
 */
final class ExitCodes {
    /** Success. */
    static final int OK = 0;
    /** Any failure other than those below (an unreadable file, a crash, output that cannot be written). */
    static final int FAILURE = 1;
    /** Invalid input or usage: one line per problem on standard error, nothing on standard output. */
    static final int INVALID_INPUT = 2;
    /** {@code verify}: the tuned rules give an answer below the federal floor. */
    static final int BELOW_FLOOR = 3;
    /** {@code verify-evidence}: a bundle was changed, is missing, or is out of its chain. */
    static final int EVIDENCE_BROKEN = 4;

    /** The table as picocli prints it under "Exit status". */
    static final String HEADING = "%nExit status:%n";
    static final String LINE_OK = "0:success";
    static final String LINE_FAILURE = "1:any other failure, one line on standard error (--debug: stack trace)";
    static final String LINE_INVALID = "2:invalid input or usage, one line per problem on standard error,"
            + " nothing on standard output";
    static final String LINE_BELOW_FLOOR = "3:verify: the tuned rules go below the federal floor";
    static final String LINE_EVIDENCE = "4:verify-evidence: a bundle was changed, is missing or is out of its chain";

    private ExitCodes() {
    }
}
