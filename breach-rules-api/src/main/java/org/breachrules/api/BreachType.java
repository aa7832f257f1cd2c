package org.breachrules.api;

/** The HHS breach portal's "type of breach" category. */
public enum BreachType {
    HACKING_IT_INCIDENT, UNAUTHORIZED_ACCESS_DISCLOSURE, THEFT, LOSS, IMPROPER_DISPOSAL, OTHER
}
