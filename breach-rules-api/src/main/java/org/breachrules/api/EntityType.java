package org.breachrules.api;

/** (1.2) The reporter's kind of entity, as the HHS breach portal asks it. */
public enum EntityType {
    HEALTH_PLAN,
    HEALTHCARE_PROVIDER,
    HEALTHCARE_CLEARINGHOUSE,
    BUSINESS_ASSOCIATE
}
