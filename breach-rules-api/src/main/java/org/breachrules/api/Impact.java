package org.breachrules.api;

/** A part of the determination that a missing, provisional or contradicted fact could change. */
public enum Impact {
    /** Whether the incident is a breach at all. */
    OUTCOME,
    /** Notice to individuals. */
    INDIVIDUALS,
    /** Notice to HHS. */
    HHS,
    /** Notice to the media of a state or territory. */
    MEDIA,
    /** A business associate's notice to its covered entity. */
    COVERED_ENTITY,
    /** The deadlines of the notices owed. */
    DEADLINES,
    /** Substitute notice to individuals who cannot be reached. */
    SUBSTITUTE_NOTICE
}
