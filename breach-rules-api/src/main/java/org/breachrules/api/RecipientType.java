package org.breachrules.api;

/** The unauthorized person who used or received the PHI, for factor (ii) (45 CFR 164.402(2)(ii)). */
public enum RecipientType {
    HIPAA_COVERED_ENTITY, BUSINESS_ASSOCIATE, WORKFORCE_SAME_ENTITY,
    /** A government agency bound by federal privacy law (Privacy Act, FISMA). */
    GOVERNMENT_AGENCY,
    KNOWN_INDIVIDUAL, UNKNOWN, MALICIOUS_ACTOR, PUBLIC
}
