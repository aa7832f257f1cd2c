package org.breachrules.cli;

/** Keeps every message the tool prints on one line. */
final class Lines {

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

    /** Reports invalid input the contract's way: one line per problem on standard error, exit status 2. */
    static int invalid(java.io.PrintWriter err, java.util.List<String> problems) {
        for (String problem : problems) {
            err.println(oneLine(problem));
        }
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /**
     * Reports an unexpected failure the contract's way: one line on standard error, exit status 1, a stack trace only
     * with {@code --debug}. Errors the JVM cannot recover from (other than running out of memory) are rethrown.
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
        return BreachRulesCli.FAILURE;
    }
}
