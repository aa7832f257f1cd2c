package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.List;
import org.breachrules.api.Impact;
import org.breachrules.api.Finding;
import org.breachrules.api.NotificationStatus;
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
    static final String ORAL = "Documented oral statement: delay notices for the policy's oral-delay period";
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

    // ---- 1.1: late requests, statements with no end, findings that agree with the table -------------------------

    static final String NOT_REVIVED = "Statement made after the deadline had passed: the deadline is not revived";
    static final String NO_END = "Written statement with no end: notices held until an end is known";
    static final String HELD = "Delay with no end: the notice is held and its deadline cannot be given";

    @Test
    void whenTheRequestComesAfterTheDeadlineHadPassed_thenTheDeadlineIsNotRevived() {
        // Given discovery 2027-03-01 (deadline 2027-04-30) and a written request of 2027-05-05 to delay until 06-30
        LocalDate stated = DAY_60.plusDays(5);
        LocalDate until = LocalDate.of(2027, 6, 30);
        Determination d = determine(given().lawEnforcementDelay(written(stated, until)), stated.plusDays(1));
        // Then the passed deadline stays, overdue, the hold is still shown, and a finding says so
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(DAY_60, n.deadline());
        assertEquals(until, n.delayedUntil());
        assertEquals(NotificationStatus.OVERDUE, n.status());
        assertEquals(-6, n.daysRemaining());
        assertFired(d, NOT_REVIVED);
        assertNotFired(d, AFTER_DEADLINE);
    }

    @Test
    void whenTheRequestComesOnTheDeadline_thenTheDeadlineStillMoves() {
        LocalDate until = LocalDate.of(2027, 6, 30);
        Determination d = determine(given().lawEnforcementDelay(written(DAY_60, until)), DAY_60);
        assertEquals(until, notification(d, Recipient.INDIVIDUALS).deadline());
        assertFired(d, AFTER_DEADLINE);
        assertNotFired(d, NOT_REVIVED);
    }

    @Test
    void whenALateRequestFollowsAnEarlierDocumentedOralOne_thenTheOralOneDatesTheDelay() {
        // Given an oral request on 2027-04-20 (documented) and the written one after the deadline
        Determination d = determine(given().lawEnforcementDelay(oralThenWritten(LocalDate.of(2027, 4, 20), "Det. A",
                DAY_60.plusDays(5), LocalDate.of(2027, 6, 30))), DAY_60.plusDays(6));
        // Then the delay started before the deadline passed, so it moves it
        assertEquals(LocalDate.of(2027, 6, 30), notification(d, Recipient.INDIVIDUALS).deadline());
        assertNotFired(d, NOT_REVIVED);
    }

    @Test
    void whenAWrittenStatementNamesNoEnd_thenTheNoticesItHoldsAreUndeterminedWithoutADeadline() {
        Determination d = determine(given().affected(inOhio(600)).lawEnforcementDelay(written(MARCH_10, null)),
                EVALUATED);
        assertFired(d, NO_END);
        assertFired(d, HELD);
        for (Notification n : d.notifications()) {
            assertEquals(NotificationStatus.UNDETERMINED, n.status(), n.recipient().name());
            assertNull(n.deadline());
            assertNull(n.daysRemaining());
            assertEquals(List.of("lawEnforcementDelay.written.delayUntil"), n.dependsOn());
        }
        assertMissing(d, "lawEnforcementDelay.written.delayUntil", Impact.DEADLINES);
    }

    @Test
    void whenADelayMovesADeadline_thenEveryFindingStatesTheDeadlineInForce() {
        // Given a written statement moving every deadline from 2027-04-30 to 2027-05-10
        LocalDate until = LocalDate.of(2027, 5, 10);
        Determination d = determine(given().affected(inOhio(600)).lawEnforcementDelay(written(MARCH_10, until)),
                EVALUATED);
        // Then each obligation's finding says 2027-05-10, and each move has a finding of its own citing 164.412
        for (String rule : List.of("Individuals: notify each affected individual within the policy's deadline",
                "HHS: at or above the policy's minimum, notify with the individual notice",
                "Media: residents of a state or territory at or above the policy's minimum")) {
            Finding f = finding(d, rule);
            assertTrue(f.message().contains("no later than " + until), f.message());
        }
        List<Finding> moves = d.findings().stream().filter(f -> f.rule().equals(AFTER_DEADLINE)).toList();
        assertEquals(3, moves.size());
        moves.forEach(f -> assertTrue(f.citation().contains("164.412") && f.message().contains(until.toString())));
    }

    @Test
    void whenAWrittenStatementWithNoEndFollowsADocumentedOralOne_thenTheOralOneDatesTheHold() {
        // Given an oral request on 2027-03-05 and, after the 60 days, a written one naming no end
        Determination d = determine(given().lawEnforcementDelay(oralThenWritten(LocalDate.of(2027, 3, 5), "Det. A",
                DAY_60.plusDays(3), null)), DAY_60.plusDays(4));
        // Then the hold began before the deadline, so the notice is held, not overdue
        assertFired(d, "Written statement with no end following a documented oral one: notices held until an end is"
                + " known");
        assertNotFired(d, NO_END);
        assertEquals(NotificationStatus.UNDETERMINED, notification(d, Recipient.INDIVIDUALS).status());
        assertNotFired(d, NOT_REVIVED);
    }
}
