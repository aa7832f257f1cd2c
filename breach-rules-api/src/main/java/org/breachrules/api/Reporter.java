package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/**
 * Who is evaluating its own obligations.
 *
 * @param role                                 covered entity or business associate; required
 * @param name                                 used in report drafts only
 * @param contractualNotificationDays          business associate only: the agreement's deadline, 1-60 days
 * @param contractualNotificationBusinessDays  (1.2) business associate only, instead: the window in business days
 * @param notificationDelegatedTo              (1.2) covered entity only: the business associate sends the notices
 * @param entityType                           (1.2) for the HHS portal
 * @param address                              (1.2) for the HHS portal and letters
 * @param contact                              (1.2) for the HHS portal and letters
 */
public record Reporter(Role role, @Nullable String name, @Nullable Integer contractualNotificationDays,
                       @Nullable Integer contractualNotificationBusinessDays,
                       @Nullable NotificationDelegate notificationDelegatedTo, @Nullable EntityType entityType,
                       @Nullable Address address, @Nullable Contact contact) {

    /** The 1.1 form: role, name and the agreement's deadline in calendar days. */
    public Reporter(Role role, @Nullable String name, @Nullable Integer contractualNotificationDays) {
        this(role, name, contractualNotificationDays, null, null, null, null, null);
    }

    /** A reporter with only its role. */
    public static Reporter of(Role role) {
        return new Reporter(role, null, null);
    }
}
