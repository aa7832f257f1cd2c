package org.breachrules.api;

/**
 * One step of the reasoning behind a determination.
 *
 * @param rule     the name of the DRL rule that reached it
 * @param citation the regulation it applies, e.g. {@code 45 CFR 164.404(b)}
 * @param message  plain English; never contains PHI or incident free text
 */
public record Finding(String rule, String citation, String message) {
}
