package org.breachrules.cli;

/** Keeps every message the tool prints on one line. */
final class Lines {
    /**
     * The most problems printed for one input: past a hundred, more lines help nobody fix the file, and a hostile
     * file could otherwise print millions.
     */
    static final int MAX_PROBLEMS = 100;

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
     * {@link #MAX_PROBLEMS} per input (what a line names before its first {@code ": "}), then one line
     * {@code INPUT: $: ... and N more problems}. Grouped by input, in the order each first appears.
     */
    static int invalid(java.io.PrintWriter err, java.util.List<String> problems) {
        java.util.Map<String, java.util.List<String>> byInput = new java.util.LinkedHashMap<>();
        for (String problem : problems) {
            int colon = problem.indexOf(": ");
            byInput.computeIfAbsent(colon < 0 ? "" : problem.substring(0, colon), k -> new java.util.ArrayList<>())
                    .add(problem);
        }
        for (java.util.Map.Entry<String, java.util.List<String>> input : byInput.entrySet()) {
            java.util.List<String> lines = input.getValue();
            for (String problem : lines.subList(0, Math.min(MAX_PROBLEMS, lines.size()))) {
                err.println(oneLine(problem));
            }
            if (lines.size() > MAX_PROBLEMS) {
                err.println(oneLine(more(input.getKey(), lines.size() - MAX_PROBLEMS)));
            }
        }
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** The line that stands for the problems of one input beyond {@link #MAX_PROBLEMS}. */
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
