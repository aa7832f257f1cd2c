package org.breachrules.states;

/**
 * How a value was confirmed. The determination reports it so that a reader knows which duties still need counsel's
 * review.
 */
public enum Confidence {
    /** Read in the statute's own text (an official code site or a full reproduction of it), cited by URL. */
    STATUTE_TEXT,
    /** Taken from a summary (law firm chart, regulator page, article); confirm with counsel before relying on it. */
    SECONDARY
}
