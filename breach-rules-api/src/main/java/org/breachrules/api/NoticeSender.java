package org.breachrules.api;

/** (1.2) Who sent a notice: the reporter itself, or a business associate on the covered entity's behalf (the covered entity stays responsible). */
public enum NoticeSender {
    REPORTER,
    BUSINESS_ASSOCIATE
}
