package org.breachrules.states;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Federal holidays and business-day sums, each date worked out by hand from a calendar. */
class BusinessDaysTest {

    @ParameterizedTest
    @CsvSource({
        "2026-01-01", // New Year's Day, Thursday
        "2026-01-19", // MLK Day, third Monday of January
        "2026-02-16", // Washington's Birthday, third Monday of February
        "2026-05-25", // Memorial Day, last Monday of May
        "2026-06-19", // Juneteenth, Friday
        "2026-07-03", // Independence Day falls on Saturday 07-04: observed Friday
        "2026-09-07", // Labor Day, first Monday of September
        "2026-10-12", // Columbus Day, second Monday of October
        "2026-11-11", // Veterans Day, Wednesday
        "2026-11-26", // Thanksgiving, fourth Thursday of November
        "2026-12-25", // Christmas, Friday
        "2021-06-18", // Juneteenth 2021 falls on Saturday: observed Friday
        "2022-12-26", // Christmas 2022 falls on Sunday: observed Monday
        "2021-12-31", // New Year's Day 2022 falls on Saturday: observed Friday 2021-12-31
        "2023-11-10", // Veterans Day 2023 falls on Saturday: observed Friday
        "2024-05-27"  // Memorial Day 2024 (May has five Mondays)
    })
    void whenAnObservedFederalHolidayIsAsked_thenItIsAHoliday(LocalDate date) {
        assertTrue(BusinessDays.isFederalHoliday(date), date.toString());
        assertFalse(BusinessDays.isBusinessDay(date), date.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-07-04", // the Saturday itself: the holiday is observed on Friday
        "2020-06-19", // Juneteenth before 2021 was no federal holiday
        "2022-12-25", // the Sunday itself
        "2024-05-20", // not the last Monday of May
        "2026-11-19", // third Thursday of November
        "2026-12-24"  // Christmas Eve is no federal holiday
    })
    void whenAnOrdinaryDayIsAsked_thenItIsNoHoliday(LocalDate date) {
        assertFalse(BusinessDays.isFederalHoliday(date), date.toString());
    }

    @Test
    void whenFiveBusinessDaysAreAddedAcrossThanksgiving_thenThursdayAndTheWeekendAreSkipped() {
        // Tue 2026-11-24 + 5: Wed 25 (1), Thu 26 Thanksgiving skipped, Fri 27 (2), Mon 30 (3), Tue 12-01 (4), Wed 12-02 (5).
        assertEquals(LocalDate.of(2026, 12, 2), BusinessDays.add(LocalDate.of(2026, 11, 24), 5));
    }

    @Test
    void whenFiveBusinessDaysAreAddedAcrossTheObservedIndependenceDay_thenFridayThirdIsSkipped() {
        // Wed 2026-07-01 + 5: Thu 07-02 (1), Fri 07-03 observed holiday skipped, Mon 07-06 (2) ... Thu 07-09 (5).
        assertEquals(LocalDate.of(2026, 7, 9), BusinessDays.add(LocalDate.of(2026, 7, 1), 5));
    }

    @Test
    void whenBusinessDaysStartOnAWeekend_thenTheStartDayIsNotCounted() {
        assertEquals(LocalDate.of(2026, 3, 9), BusinessDays.add(LocalDate.of(2026, 3, 7), 1)); // Saturday -> Monday
        assertEquals(LocalDate.of(2026, 3, 7), BusinessDays.add(LocalDate.of(2026, 3, 7), 0));
        assertThrows(IllegalArgumentException.class, () -> BusinessDays.add(LocalDate.of(2026, 3, 7), -1));
    }

    @Test
    void whenChristmas2022IsObservedOnMonday_thenAddingOneBusinessDayFromFridayLandsOnTuesday() {
        assertEquals(LocalDate.of(2022, 12, 27), BusinessDays.add(LocalDate.of(2022, 12, 23), 1));
    }
}
