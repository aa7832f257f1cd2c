package org.breachrules.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one run of a command, in bounded memory (issue 26): the first {@link #MAX_SHOWN} of all its inputs
 * together are kept, the rest only counted, so a hostile input (a million bad NDJSON lines, a hundred files of
 * problems) costs a counter, not a line each. A problem is one line, {@code INPUT: field.path: what is wrong}; its
 * input is what it names before its first {@code ": "} (a file, or {@code FILE:LINE} of NDJSON).
 *
 * <p>A reader that stops because a budget was passed says so with {@link #stop}: that line is always printed, after
 * the others. Not thread-safe.
 */
public final class Problems {
    /**
     * The most problems printed for a run, all inputs together: past a hundred, more lines help nobody fix the
     * input, and a hostile one could otherwise print millions.
     */
    public static final int MAX_SHOWN = 100;

    private final List<String> shown = new ArrayList<>();
    private long more;
    private String moreInput;
    private long moreInputs;
    private String stopped;

    /** Adds one problem: kept while fewer than {@link #MAX_SHOWN} are, counted after. */
    public void add(String problem) {
        if (shown.size() < MAX_SHOWN) {
            shown.add(problem);
            return;
        }
        String input = inputOf(problem);
        if (more == 0 || !input.equals(moreInput)) {
            moreInputs++; // inputs come one after another: a change of input is one more
        }
        moreInput = input;
        more++;
    }

    /** Adds each problem in order. */
    public void addAll(Collection<String> problems) {
        problems.forEach(this::add);
    }

    /**
     * Records why reading stopped (a budget passed): printed last, whatever came before. Only the first reason is
     * kept.
     */
    public void stop(String problem) {
        if (stopped == null) {
            stopped = problem;
        }
    }

    /** Whether reading was stopped ({@link #stop}). */
    public boolean stopped() {
        return stopped != null;
    }

    /** Whether there is no problem at all. */
    public boolean isEmpty() {
        return shown.isEmpty() && stopped == null;
    }

    /**
     * Prints the problems the contract's way, one line each on {@code err}: the first {@link #MAX_SHOWN} grouped by
     * input in the order each first appears; then one line counting the rest ({@code INPUT: $: ... and N more
     * problems} when they are all of one input, else {@code breach-rules: ... and N more problems in M inputs ...});
     * then the reason reading stopped, if any.
     *
     * @return {@link ExitCodes#INVALID_INPUT}
     */
    int report(PrintWriter err) {
        Map<String, List<String>> byInput = new LinkedHashMap<>();
        for (String problem : shown) {
            byInput.computeIfAbsent(inputOf(problem), k -> new ArrayList<>()).add(problem);
        }
        byInput.values().forEach(lines -> lines.forEach(line -> err.println(Lines.oneLine(line))));
        if (more > 0) {
            err.println(Lines.oneLine(moreInputs == 1 ? Lines.more(moreInput, more)
                    : "breach-rules: ... and " + more + " more problems in " + moreInputs + " inputs (files, or"
                            + " lines of NDJSON); at most " + MAX_SHOWN + " are printed"));
        }
        if (stopped != null) {
            err.println(Lines.oneLine(stopped));
        }
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private static String inputOf(String problem) {
        int colon = problem.indexOf(": ");
        return colon < 0 ? "" : problem.substring(0, colon);
    }
}
