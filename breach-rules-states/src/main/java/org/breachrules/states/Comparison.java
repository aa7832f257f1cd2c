package org.breachrules.states;

/**
 * How a resident count is compared with a threshold. Statutes say "more than 500" or "500 or more"; the operator is
 * kept apart from the number so that the boundary case (exactly 500) is decided as the statute words it.
 */
public enum Comparison {
    /** Met by a count equal to or above the threshold ("at least", "or more"). */
    AT_LEAST,
    /** Met only by a count above the threshold ("more than", "exceeds"). */
    MORE_THAN
}
