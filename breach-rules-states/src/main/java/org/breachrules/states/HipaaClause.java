package org.breachrules.states;

/**
 * What a state statute says about an entity that complies with HIPAA's breach rule. The kind decides which of the
 * state's duties survive federal compliance, so it is recorded even when no duty survives.
 */
public enum HipaaClause {
    /** The statute does not apply to a HIPAA-compliant entity at all. */
    FULL_EXEMPTION,
    /** A HIPAA-compliant entity is deemed to comply with the whole act, regulator notices included. */
    DEEMED_COMPLIANT,
    /** HIPAA notice replaces the state's notice to individuals; regulator or other notices still apply. */
    INDIVIDUAL_NOTICE_ONLY,
    /** Compliance covers the content (or procedure) of notices only; deadlines and regulator notices still apply. */
    CONTENT_ONLY,
    /** The entity is deemed compliant only if it also notifies a state regulator (the surviving duty). */
    CONDITIONAL_ON_REGULATOR_NOTICE,
    /** The sources read found no HIPAA or regulated-entity clause: the whole act applies. */
    NONE,
    /** Not established from the sources read; the engine must say the point was not checked. */
    UNKNOWN;

    /** True when the clause leaves no state duty for a HIPAA-compliant entity. */
    public boolean leavesNoDuty() {
        return this == FULL_EXEMPTION || this == DEEMED_COMPLIANT;
    }
}
