package org.breachrules.api;

import java.util.List;
import java.util.stream.Collectors;

/** An incident was rejected; {@link #violations()} lists every problem found, each with its field path. */
public class InvalidIncidentException extends BreachRulesException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /** An exception listing every problem found; the message names them all, with their field paths. */
    public InvalidIncidentException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Every problem found, in field order; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.size() + " problem(s) with the incident: "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
