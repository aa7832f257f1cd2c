package org.breachrules.api;

/** (1.2) Who a state breach statute says must be told. */
public enum StateRecipient {
    ATTORNEY_GENERAL,
    STATE_REGULATOR,
    CONSUMER_REPORTING_AGENCIES,
    INDIVIDUALS
}
