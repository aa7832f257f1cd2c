package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.breachrules.api.Determination;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.junit.jupiter.api.Test;

/**
 * law-enforcement-delay.drl: 164.412(a) written, (b) oral. The deadline rules make no finding; they are seen
 * through each notification's delayedUntil and deadline (the later of the normal deadline and the delay's end).
 */
class LawEnforcementDelayTest {
    static final String WRITTEN = "Written statement: delay notices for the period it specifies";
    static final String WRITTEN_AFTER_ORAL =
            "Written statement following a documented oral one: delay for the period it specifies";
    static final String ORAL = "Documented oral statement: delay notices up to 30 days";
    static final String UNDOCUMENTED = "Undocumented oral statement: no delay";
    static final String AFTER_DEADLINE = "Delay ends after the normal deadline: the deadline moves to the end of the delay";
    static final String BEFORE_DEADLINE = "Delay ends on or before the normal deadline: the deadline stands";
    static final String TOLLING = "Tolling: the deadline moves by the days of delay";

    private static final LocalDate MARCH_10 = LocalDate.of(2027, 3, 10);
    private static final LocalDate EVALUATED = LocalDate.of(2027, 3, 25);

    @Test
    void whenWrittenStatementEndsAfterNormalDeadline_thenEveryDeadlineMovesToTheEndOfTheDelay() {
        // Given a written statement on 2027-03-10 asking for delay until 2027-05-10; 600 Ohio residents
        LocalDate until = LocalDate.of(2027, 5, 10);
        // When
        Determination d = determine(given().affected(inOhio(600)).lawEnforcementDelay(written(MARCH_10, until)),
                EVALUATED);
        // Then
        assertFired(d, WRITTEN);
        assertNotFired(d, WRITTEN_AFTER_ORAL);
        assertNotFired(d, ORAL);
        for (Notification n : d.notifications()) {
            assertEquals(until, n.delayedUntil(), n.recipient().name());
            assertEquals(until, n.deadline(), n.recipient().name());
        }
        assertEquals(46, notification(d, Recipient.INDIVIDUALS).daysRemaining());
        assertEquals(until, mediaNotice(d, Jurisdiction.OH).deadline());
    }

    @Test
    void whenWrittenStatementEndsBeforeNormalDeadline_thenDeadlineStands() {
        // Given delay until 2027-04-01
        LocalDate until = LocalDate.of(2027, 4, 1);
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, until)), EVALUATED);
        // Then
        assertFired(d, WRITTEN);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(until, n.delayedUntil());
        assertEquals(DAY_60, n.deadline());
    }

    @Test
    void whenWrittenStatementEndsOnTheNormalDeadline_thenDeadlineStands() {
        // Given
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, DAY_60)), EVALUATED);
        // Then
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(DAY_60, n.delayedUntil());
        assertEquals(DAY_60, n.deadline());
    }

    @Test
    void whenWrittenStatementEndsOneDayAfterNormalDeadline_thenDeadlineMovesOneDay() {
        // Given
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, DAY_60.plusDays(1))), EVALUATED);
        // Then
        assertEquals(DAY_60.plusDays(1), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenDelayEndsAfterHhsAnnualDeadline_thenAnnualReportIsDelayedToo() {
        // Given fewer than 500 and a written delay until 2028-06-01
        LocalDate until = LocalDate.of(2028, 6, 1);
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, until)), EVALUATED);
        // Then
        Notification hhs = notification(d, Recipient.HHS);
        assertEquals(until, hhs.delayedUntil());
        assertEquals(until, hhs.deadline());
    }

    @Test
    void whenDelayEndsBeforeHhsAnnualDeadline_thenAnnualDeadlineStands() {
        // Given
        LocalDate until = LocalDate.of(2027, 5, 10);
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, until)), EVALUATED);
        // Then the individual deadline moves, the annual HHS one does not
        assertEquals(until, notification(d, Recipient.INDIVIDUALS).deadline());
        Notification hhs = notification(d, Recipient.HHS);
        assertEquals(until, hhs.delayedUntil());
        assertEquals(HHS_ANNUAL_2027, hhs.deadline());
    }

    @Test
    void whenDocumentedOralStatementEndsBeforeNormalDeadline_thenDelayed30DaysAndDeadlineStands() {
        // Given an oral statement on 2027-03-10 by a named official
        // When
        Determination d = determine(given().lawEnforcementDelay(oral(MARCH_10, "Special Agent Jones")), EVALUATED);
        // Then
        assertFired(d, ORAL);
        assertNotFired(d, UNDOCUMENTED);
        assertNotFired(d, WRITTEN);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(LocalDate.of(2027, 4, 9), n.delayedUntil());
        assertEquals(DAY_60, n.deadline());
    }

    @Test
    void whenDocumentedOralStatementEndsAfterNormalDeadline_thenDeadlineMovesToDay30OfTheDelay() {
        // Given an oral statement on 2027-04-20
        // When
        Determination d = determine(given().lawEnforcementDelay(oral(LocalDate.of(2027, 4, 20), "Det. Smith")),
                LocalDate.of(2027, 4, 21));
        // Then
        assertFired(d, ORAL);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(LocalDate.of(2027, 5, 20), n.delayedUntil());
        assertEquals(LocalDate.of(2027, 5, 20), n.deadline());
    }

    @Test
    void whenOralStatementWithoutOfficialsIdentity_thenNoDelay() {
        // Given
        // When
        Determination d = determine(given().lawEnforcementDelay(oral(MARCH_10, null)), EVALUATED);
        // Then
        assertFired(d, UNDOCUMENTED);
        assertNotFired(d, ORAL);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertNull(n.delayedUntil());
        assertEquals(DAY_60, n.deadline());
    }

    @Test
    void whenOralStatementWithBlankOfficial_thenNoDelay() {
        // Given
        // When
        Determination d = determine(given().lawEnforcementDelay(oral(MARCH_10, "  ")), EVALUATED);
        // Then
        assertFired(d, UNDOCUMENTED);
        assertNull(notification(d, Recipient.INDIVIDUALS).delayedUntil());
    }

    @Test
    void whenWrittenStatementFollowsDocumentedOralOne_thenDelayForTheWrittenPeriod() {
        // Given oral on 2027-03-10, written on 2027-03-20 asking for delay until 2027-06-01
        LocalDate until = LocalDate.of(2027, 6, 1);
        // When
        Determination d = determine(given().lawEnforcementDelay(
                oralThenWritten(MARCH_10, "Det. Smith", LocalDate.of(2027, 3, 20), until)), EVALUATED);
        // Then
        assertFired(d, WRITTEN_AFTER_ORAL);
        assertNotFired(d, WRITTEN);
        assertNotFired(d, ORAL);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(until, n.delayedUntil());
        assertEquals(until, n.deadline());
    }

    @Test
    void whenWrittenStatementOnSameDayAsDocumentedOralOne_thenTheyAreOneDelay() {
        // Given
        LocalDate until = LocalDate.of(2027, 5, 15);
        // When
        Determination d = determine(given().lawEnforcementDelay(
                oralThenWritten(MARCH_10, "Det. Smith", MARCH_10, until)), EVALUATED);
        // Then
        assertFired(d, WRITTEN_AFTER_ORAL);
        assertNotFired(d, WRITTEN);
        assertEquals(until, notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenWrittenStatementFollowsUndocumentedOralOne_thenTheWrittenStatementAloneDelays() {
        // Given
        LocalDate until = LocalDate.of(2027, 5, 15);
        // When
        Determination d = determine(given().lawEnforcementDelay(
                oralThenWritten(MARCH_10, null, LocalDate.of(2027, 3, 20), until)), EVALUATED);
        // Then
        assertFired(d, WRITTEN);
        assertNotFired(d, WRITTEN_AFTER_ORAL);
        assertNotFired(d, UNDOCUMENTED);
        assertEquals(until, notification(d, Recipient.INDIVIDUALS).delayedUntil());
    }

    @Test
    void whenDocumentedOralStatementComesAfterTheWrittenOne_thenTheWrittenPeriodApplies() {
        // Given written on 2027-03-10 until 2027-05-15, then an oral statement on 2027-03-20
        LocalDate until = LocalDate.of(2027, 5, 15);
        // When
        Determination d = determine(given().lawEnforcementDelay(
                oralThenWritten(LocalDate.of(2027, 3, 20), "Det. Smith", MARCH_10, until)), EVALUATED);
        // Then
        assertFired(d, WRITTEN);
        assertNotFired(d, WRITTEN_AFTER_ORAL);
        assertNotFired(d, ORAL);
        assertEquals(until, notification(d, Recipient.INDIVIDUALS).delayedUntil());
    }

    @Test
    void whenBusinessAssociateIsAskedToDelay_thenItsNoticeToTheCoveredEntityIsDelayed() {
        // Given
        LocalDate until = LocalDate.of(2027, 3, 31);
        // When
        Determination d = determine(given().reporter(businessAssociate(10))
                .lawEnforcementDelay(written(MARCH_10, until)), EVALUATED);
        // Then
        Notification n = notification(d, Recipient.COVERED_ENTITY);
        assertEquals(until, n.delayedUntil());
        assertEquals(until, n.deadline());
    }

    @Test
    void whenNoDelayRequested_thenNoNoticeIsDelayed() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNotFired(d, WRITTEN);
        assertNotFired(d, ORAL);
        assertNotFired(d, UNDOCUMENTED);
        assertRuleExists(AFTER_DEADLINE);
        assertRuleExists(BEFORE_DEADLINE);
        assertRuleExists(TOLLING);
        d.notifications().forEach(n -> assertNull(n.delayedUntil()));
    }

    @Test
    void whenNotABreach_thenTheDelayHasNothingToDelay() {
        // Given
        // When
        Determination d = determine(given().permittedByPrivacyRule(true)
                .lawEnforcementDelay(written(MARCH_10, LocalDate.of(2027, 5, 10))), EVALUATED);
        // Then
        assertNotFired(d, WRITTEN);
    }

    @Test
    void whenDelayEndsAfterNormalDeadline_thenDeadlineIsNotTolledByDefault() {
        // Given written on 2027-03-10, until 2027-05-10: tolling would give 2027-04-30 + 61 days
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, LocalDate.of(2027, 5, 10))),
                EVALUATED);
        // Then
        assertEquals(LocalDate.of(2027, 5, 10), notification(d, Recipient.INDIVIDUALS).deadline());
    }
}
