package org.breachrules.states;

import java.time.LocalDate;

/**
 * A deadline of a number of days after an event.
 *
 * @param days how many days, at least 1
 * @param dayKind calendar or federal business days
 * @param from the event the days are counted from
 */
public record Deadline(int days, DayKind dayKind, ClockStart from) {
    public Deadline {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (dayKind == null || from == null) {
            throw new IllegalArgumentException("dayKind and from are required");
        }
    }

    /** The last day to act when the event ({@link #from()}) happened on {@code eventDate}. */
    public LocalDate dueAfter(LocalDate eventDate) {
        return dayKind == DayKind.CALENDAR ? eventDate.plusDays(days) : BusinessDays.add(eventDate, days);
    }
}
