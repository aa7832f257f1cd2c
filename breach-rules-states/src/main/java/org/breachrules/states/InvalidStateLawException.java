package org.breachrules.states;

import java.util.List;
import org.breachrules.api.BreachRulesException;

/**
 * A state-law file could not be read. The message lists every problem as {@code file: field path: what is wrong}, so
 * that whoever edited the file can fix it without a stack trace.
 */
public class InvalidStateLawException extends BreachRulesException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    /** An exception listing every problem found, each naming its file and field. */
    public InvalidStateLawException(List<String> problems) {
        super("invalid state-law data: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each as {@code file: field path: message}; never empty. */
    public List<String> problems() {
        return problems;
    }
}
