package org.breachrules.states;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * US federal business days, for state deadlines counted in business days (NY GBL 899-aa(9) and 815 ILCS 530/50: five
 * business days after notifying HHS). A business day is Monday to Friday and not a legal public holiday of
 * 5 U.S.C. 6103(a) as observed under 6103(b) and Executive Order 11582: a holiday falling on a Saturday is observed the
 * Friday before, one falling on a Sunday the Monday after. Holidays are computed by rule, so any year works; state
 * holidays are not counted (no state statute in the data defines business days otherwise; see docs/state-laws.md).
 */
public final class BusinessDays {
    private BusinessDays() {
    }

    /**
     * The date {@code businessDays} business days after {@code start}: the start day itself is not counted, then each
     * following business day counts one. {@code add(Friday, 1)} is the next Monday when that Monday is no holiday.
     *
     * @throws IllegalArgumentException if {@code businessDays} is negative
     */
    public static LocalDate add(LocalDate start, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("businessDays must not be negative, was " + businessDays);
        }
        LocalDate d = start;
        int left = businessDays;
        while (left > 0) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** True for a Monday to Friday that is not an observed federal holiday. */
    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isFederalHoliday(date);
    }

    /**
     * True when {@code date} is the day a federal legal public holiday is observed (5 U.S.C. 6103). For a fixed-date
     * holiday on a weekend this is the observed Friday or Monday, not the weekend date itself. Juneteenth counts from
     * 2021 (Pub. L. 117-17).
     */
    public static boolean isFederalHoliday(LocalDate date) {
        int year = date.getYear();
        // A fixed holiday of next year observed on 31 December (New Year's Day on a Saturday).
        if (date.equals(observed(LocalDate.of(year + 1, 1, 1)))) {
            return true;
        }
        return date.equals(observed(LocalDate.of(year, 1, 1)))
                || date.equals(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3))        // Birthday of Martin Luther King, Jr.
                || date.equals(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3))       // Washington's Birthday
                || date.equals(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)))
                || (year >= 2021 && date.equals(observed(LocalDate.of(year, 6, 19)))) // Juneteenth
                || date.equals(observed(LocalDate.of(year, 7, 4)))                   // Independence Day
                || date.equals(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1))      // Labor Day
                || date.equals(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2))        // Columbus Day
                || date.equals(observed(LocalDate.of(year, 11, 11)))                 // Veterans Day
                || date.equals(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4))     // Thanksgiving Day
                || date.equals(observed(LocalDate.of(year, 12, 25)));                // Christmas Day
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }
}
