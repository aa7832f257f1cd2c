package org.breachrules.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set could not be built (for example a tuned DRL file does not compile); no determiner was made. Lists every
 * problem with its file and line.
 */
public class InvalidRulesException extends BreachRulesException {
    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    /** An exception listing every compile problem, each with its file and line. */
    public InvalidRulesException(List<RuleProblem> problems) {
        super("the rules do not compile: " + problems.stream().map(RuleProblem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order; never empty. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
