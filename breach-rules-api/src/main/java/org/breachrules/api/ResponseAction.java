package org.breachrules.api;

/**
 * One step of the response checklist.
 *
 * @param phase  the phase of incident response
 * @param action what to do, in plain English
 */
public record ResponseAction(Phase phase, String action) {
}
