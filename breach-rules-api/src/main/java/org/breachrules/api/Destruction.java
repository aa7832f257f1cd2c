package org.breachrules.api;

/**
 * How the media holding the PHI was destroyed, for the safe harbor of the HHS guidance on unsecured PHI.
 *
 * @param method the destruction method; required
 */
public record Destruction(DestructionMethod method) {
}
