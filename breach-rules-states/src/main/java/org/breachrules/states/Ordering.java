package org.breachrules.states;

/** A duty whose time is fixed relative to another notice rather than by a number of days. */
public enum Ordering {
    NO_LATER_THAN_INDIVIDUAL_NOTICE, SAME_TIME_AS_INDIVIDUAL_NOTICE, BEFORE_INDIVIDUAL_NOTICE, WITHOUT_UNREASONABLE_DELAY
}
