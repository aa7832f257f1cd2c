package org.breachrules.api;

/** (1.2) How a law-enforcement official made a statement asking for a delay (45 CFR 164.412(a), (b)). */
public enum StatementForm {
    ORAL,
    WRITTEN
}
