package org.breachrules.states;

/**
 * A duty timed by its order relative to another notice instead of a number of days; the text goes into
 * {@code stateObligations[].timing} in words.
 *
 * @param ordering the relation
 * @param text the relation in words, e.g. "no later than the notice to individuals"
 */
public record Timing(Ordering ordering, String text) {
    public Timing {
        if (ordering == null) {
            throw new IllegalArgumentException("ordering is required");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
    }
}
