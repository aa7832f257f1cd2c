package org.breachrules.api;

/** Who is evaluating its own obligations: the covered entity or its business associate. */
public enum Role {
    /** A health plan, clearinghouse or provider (45 CFR 160.103). */
    COVERED_ENTITY,
    /** A business associate, including a subcontractor (45 CFR 160.103, 164.410). */
    BUSINESS_ASSOCIATE
}
