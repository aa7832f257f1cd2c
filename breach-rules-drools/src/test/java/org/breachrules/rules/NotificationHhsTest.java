package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.breachrules.api.Affected;
import org.breachrules.api.Determination;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.junit.jupiter.api.Test;

/** notification-hhs.drl: 164.408(b) (500 or more, with the individual notice) and (c) (fewer, annual). */
class NotificationHhsTest {
    static final String IMMEDIATE = "HHS: at or above the policy's minimum, notify with the individual notice";
    static final String ANNUAL = "HHS: below the policy's minimum, report after the end of the year of discovery";

    @Test
    void whenExactly499InTotal_thenHhsAnnualReport() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(499)));
        // Then
        assertFired(d, ANNUAL);
        assertNotFired(d, IMMEDIATE);
        Notification n = notification(d, Recipient.HHS);
        assertEquals(HHS_ANNUAL_2027, n.deadline());
        assertEquals("45 CFR 164.408(c)", n.citation());
    }

    @Test
    void whenExactly500InTotal_thenHhsWithTheIndividualNotice() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(500)));
        // Then
        assertFired(d, IMMEDIATE);
        assertNotFired(d, ANNUAL);
        Notification n = notification(d, Recipient.HHS);
        assertEquals(notification(d, Recipient.INDIVIDUALS).deadline(), n.deadline());
        assertEquals(DAY_60, n.deadline());
        assertEquals("45 CFR 164.408(b)", n.citation());
    }

    @Test
    void whenExactly501InTotal_thenHhsWithTheIndividualNotice() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(501)));
        // Then
        assertFired(d, IMMEDIATE);
        assertNotFired(d, ANNUAL);
        assertEquals(DAY_60, notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenTotalOf500SpreadOverSeveralStates_thenHhsCountsEveryState() {
        // Given 200 OH, 200 PA, 100 NY: no state reaches 500
        // When
        Determination d = determine(given().affected(
                affected(500, Jurisdiction.OH, 200, Jurisdiction.PA, 200, Jurisdiction.NY, 100)));
        // Then
        assertFired(d, IMMEDIATE);
        assertEquals(DAY_60, notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenOneIndividualAffected_thenHhsAnnualReport() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(1)));
        // Then
        assertFired(d, ANNUAL);
    }

    @Test
    void whenDiscoveredOn31December2027_thenHhsAnnualDue29February2028() {
        // Given
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2027, 12, 31)), LocalDate.of(2028, 1, 2));
        // Then
        assertEquals(LocalDate.of(2028, 2, 29), notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenDiscoveredOn1January2028_thenHhsAnnualDue1March2029() {
        // Given
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2028, 1, 1)), LocalDate.of(2028, 1, 2));
        // Then
        assertEquals(LocalDate.of(2029, 3, 1), notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenDiscoveredIn2028_thenHhsAnnualDue1March2029() {
        // Given
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2028, 6, 15)), LocalDate.of(2028, 6, 16));
        // Then
        assertEquals(LocalDate.of(2029, 3, 1), notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenDiscoveredIn2026_thenHhsAnnualDue1March2027() {
        // Given
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2026, 11, 10)), LocalDate.of(2026, 11, 11));
        // Then
        assertEquals(LocalDate.of(2027, 3, 1), notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenOccurredInPreviousYearButDiscoveredIn2027_thenAnnualReportIsForTheYearOfDiscovery() {
        // Given
        // When
        Determination d = determine(given().occurredOn(LocalDate.of(2026, 6, 1)));
        // Then
        assertEquals(HHS_ANNUAL_2027, notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenBusinessAssociateReports_thenItOwesNoHhsNotice() {
        // Given HHS notice is the covered entity's duty
        // When
        Determination d = determine(given().reporter(businessAssociate(null)).affected(inOhio(600)));
        // Then
        assertNotFired(d, IMMEDIATE);
        assertNotFired(d, ANNUAL);
        assertNoNotification(d, Recipient.HHS);
    }

    @Test
    void whenNotABreach_thenNoHhsNotice() {
        // Given
        // When
        Determination d = determine(given().permittedByPrivacyRule(true).affected(inOhio(600)));
        // Then
        assertNotFired(d, IMMEDIATE);
        assertNotFired(d, ANNUAL);
        assertTrue(d.notifications().isEmpty());
    }

    @Test
    void whenZeroAffectedYetBreach_thenHhsAnnualLogStillOwed() {
        // Given PHI involved, count not yet known
        // When
        Determination d = determine(given().affected(Affected.total(0)));
        // Then
        assertFired(d, ANNUAL);
    }
}
