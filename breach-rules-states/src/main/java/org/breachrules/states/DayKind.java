package org.breachrules.states;

/** Whether a deadline counts every day or only US federal business days ({@link BusinessDays}). */
public enum DayKind {
    CALENDAR, BUSINESS
}
