package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/**
 * The organisation evaluating its own obligations.
 *
 * @param role                        covered entity or business associate; required
 * @param name                        used in report drafts only; may be null
 * @param contractualNotificationDays business associate only: the BAA's deadline (1-60 days) for telling the
 *                                    covered entity; null when the BAA sets none
 */
public record Reporter(Role role, @Nullable String name, @Nullable Integer contractualNotificationDays) {

    /** A reporter with only a role. */
    public static Reporter of(Role role) {
        return new Reporter(role, null, null);
    }
}
