package org.breachrules.api;

/** (1.2) How a state-law value was confirmed: against the statute's own text, or only from secondary sources (confirm with counsel). */
public enum Confidence {
    STATUTE_TEXT,
    SECONDARY
}
