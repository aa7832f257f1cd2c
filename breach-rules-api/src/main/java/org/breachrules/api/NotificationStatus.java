package org.breachrules.api;

/** Where a notification obligation stands on the evaluation date (interchange format 1.1). */
public enum NotificationStatus {
    /** Not yet sent, and the deadline has not passed. */
    DUE,
    /** Not sent, and the deadline has passed. */
    OVERDUE,
    /** Sent on or before the deadline. */
    SENT,
    /** Sent after the deadline. */
    SENT_LATE,
    /** The duty cannot be settled from the facts given; {@link Notification#dependsOn()} names what would settle it. */
    UNDETERMINED
}
