package org.breachrules.api;

/** (1.2) What kind of change a what-if entry describes: a fact still open, evidence the entity could still produce, or a count near a threshold. */
public enum WhatIfKind {
    OPEN_FACT,
    EVIDENCE,
    THRESHOLD
}
