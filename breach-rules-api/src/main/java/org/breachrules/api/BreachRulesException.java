package org.breachrules.api;

/** The root of the library's unchecked exceptions. */
public class BreachRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message that names the field, file or value at fault (never PHI). */
    public BreachRulesException(String message) {
        super(message);
    }

    /** An exception with a message and the failure that caused it. */
    public BreachRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
