package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/**
 * Safeguards that may have rendered the PHI unusable, unreadable or indecipherable (45 CFR 164.402, "unsecured").
 *
 * @param encryption how the PHI was encrypted; null when not stated
 * @param destruction how the media was destroyed; null when not stated
 */
public record Safeguards(@Nullable Encryption encryption, @Nullable Destruction destruction) {
}
