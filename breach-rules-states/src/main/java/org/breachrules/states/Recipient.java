package org.breachrules.states;

/** Who receives a state notice; the same vocabulary as {@code stateObligations[].recipient} in the format. */
public enum Recipient {
    ATTORNEY_GENERAL, STATE_REGULATOR, CONSUMER_REPORTING_AGENCIES, INDIVIDUALS
}
