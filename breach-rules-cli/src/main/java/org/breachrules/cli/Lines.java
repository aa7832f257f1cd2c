package org.breachrules.cli;

/** Keeps every message the tool prints on one line. */
final class Lines {
    /**
     * The most problems printed: for a run, all inputs together ({@link Problems}); for one line of a stream
     * ({@code evaluate --ndjson}). Past a hundred, more lines help nobody fix the input.
     */
    static final int MAX_PROBLEMS = Problems.MAX_SHOWN;

    private Lines() {
    }

    /** {@code text} with line breaks and other control characters escaped, so it stays on one line. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString();
    }

    /** A failure in a few words: its message, or its type when it has none; the root cause's when more telling. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            message = root.getMessage() == null || root.getMessage().isBlank()
                    ? root.getClass().getSimpleName() : root.getMessage();
        }
        return message;
    }

    /** Says standard output could not be written (a full disk, a closed pipe): one line, exit status 1. */
    static int cannotWriteStandardOutput(java.io.PrintWriter err) {
        err.println("breach-rules: cannot write to standard output");
        err.flush();
        return ExitCodes.FAILURE;
    }

    /**
     * Reports invalid input the contract's way: one line per problem on standard error, exit status 2; at most
     * {@link #MAX_PROBLEMS} of all inputs together, then one line counting the rest (see {@link Problems#report}).
     */
    static int invalid(java.io.PrintWriter err, java.util.List<String> problems) {
        Problems bounded = new Problems();
        bounded.addAll(problems);
        return bounded.report(err);
    }

    /** As {@link #invalid(java.io.PrintWriter, java.util.List)}, for problems already collected in bounded memory. */
    static int invalid(java.io.PrintWriter err, Problems problems) {
        return problems.report(err);
    }

    /** The line that stands for the problems of one input beyond those printed. */
    static String more(String input, long count) {
        return input + ": $: ... and " + count + " more problem" + (count == 1 ? "" : "s");
    }

    /**
     * Reports an unexpected failure the contract's way: one line on standard error, exit status 1, a stack trace only
     * with {@code --debug}. Errors the JVM cannot recover from (other than running out of memory) are rethrown. Only
     * {@link BreachRulesCli}'s execution-exception handler calls it, for every command.
     */
    static int failure(java.io.PrintWriter err, Throwable e, boolean debug) {
        if (e instanceof VirtualMachineError && !(e instanceof OutOfMemoryError)) {
            throw (VirtualMachineError) e;
        }
        err.println("breach-rules: " + oneLine(describe(e)));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }
}
