package org.breachrules.drools.facts;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * Business days: Monday to Friday, less the legal public holidays of 5 U.S.C. 6103(a) on the day they are observed
 * (6103(b): one falling on a Saturday is observed the Friday before, on a Sunday the Monday after). Holidays are
 * computed for any year, not listed: Juneteenth counts from 2021, the year it became a holiday. Stateless.
 */
public final class BusinessDays {
    private BusinessDays() {
    }

    /** The day {@code days} business days after {@code start} (start itself not counted); {@code days} >= 0. */
    public static LocalDate add(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Monday to Friday and not an observed federal holiday. */
    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isFederalHoliday(day);
    }

    /** Whether {@code day} is a federal holiday as observed (5 U.S.C. 6103). */
    public static boolean isFederalHoliday(LocalDate day) {
        int year = day.getYear();
        // New Year's Day of the next year may be observed on 31 December of this one.
        return observed(LocalDate.of(year + 1, 1, 1)).equals(day)
                || observed(LocalDate.of(year, 1, 1)).equals(day)
                || nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3).equals(day)      // Martin Luther King Jr.'s Birthday
                || nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3).equals(day)     // Washington's Birthday
                || LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).equals(day)
                || (year >= 2021 && observed(LocalDate.of(year, 6, 19)).equals(day)) // Juneteenth
                || observed(LocalDate.of(year, 7, 4)).equals(day)
                || nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1).equals(day)    // Labor Day
                || nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2).equals(day)      // Columbus Day
                || observed(LocalDate.of(year, 11, 11)).equals(day)                // Veterans Day
                || nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4).equals(day)   // Thanksgiving Day
                || observed(LocalDate.of(year, 12, 25)).equals(day);
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }
}
