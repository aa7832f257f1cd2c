package org.breachrules.api;

/** The root of the library's unchecked exceptions. */
public class BreachRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BreachRulesException(String message) {
        super(message);
    }

    public BreachRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
