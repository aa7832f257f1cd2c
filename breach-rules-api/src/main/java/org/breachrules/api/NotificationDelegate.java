package org.breachrules.api;

/** (1.2) Who performs notices a covered entity has delegated by agreement; obligations stay the covered entity's. */
public enum NotificationDelegate {
    BUSINESS_ASSOCIATE
}
