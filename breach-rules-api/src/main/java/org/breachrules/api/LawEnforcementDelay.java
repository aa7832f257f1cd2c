package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/**
 * A law-enforcement request to delay notification (45 CFR 164.412).
 *
 * @param oral    an oral statement; may be null
 * @param written a written statement; may be null. When present it governs.
 */
public record LawEnforcementDelay(@Nullable OralStatement oral, @Nullable WrittenStatement written) {
}
