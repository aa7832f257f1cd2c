package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.Determination;
import org.breachrules.api.Impact;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.LawEnforcementStatement;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Recipient;
import org.breachrules.api.StatementForm;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.drools.TunedRules;
import org.junit.jupiter.api.Test;

/**
 * law-enforcement-delay.drl (interchange format 1.2): every statement delays from its date; an oral one, or a written
 * one naming no period, for 30 days (164.412(b)); a written one with a period until its end (164.412(a)). Statements
 * chain only while the deadline in force has not passed, and a passed deadline is never revived. Discovery is
 * 2027-03-01 throughout, so the individuals' normal deadline is 2027-04-30 (day 60).
 */
class LawEnforcementDelayTest {
    static final String WRITTEN = "Written statement specifying a period: hold notices until its end";
    static final String WRITTEN_NO_END = "Written statement naming no end: hold notices for the policy's oral-delay period";
    static final String ORAL = "Oral statement: hold notices for the policy's oral-delay period";
    static final String HOLDS = "Statement made before the normal deadline passed: it holds the notice";
    static final String EXTENDS = "Statement made while a hold was in force: it extends the hold";
    static final String MOVES = "Hold ends after the normal deadline: the deadline moves to the end of the hold";
    static final String STANDS = "Hold ends on or before the normal deadline: the deadline stands";
    static final String TOLLING = "Tolling: the deadline moves by the days of delay";
    static final String NOT_REVIVED = "Statement made after the deadline had passed: the deadline is not revived";

    private static final LocalDate MARCH_10 = LocalDate.of(2027, 3, 10);
    private static final LocalDate EVALUATED = LocalDate.of(2027, 3, 25);
    /** After every statement of the later tests (statements may not postdate the evaluation). */
    private static final LocalDate LATER = LocalDate.of(2027, 5, 12);

    private static LawEnforcementStatement oralOn(LocalDate day, String official) {
        return new LawEnforcementStatement(StatementForm.ORAL, day, official, null);
    }

    private static LawEnforcementStatement writtenOn(LocalDate day, LocalDate until) {
        return new LawEnforcementStatement(StatementForm.WRITTEN, day, "Agent example", until);
    }

    private static LawEnforcementDelay statements(LawEnforcementStatement... all) {
        return LawEnforcementDelay.of(List.of(all));
    }

    @Test
    void everyRuleOfTheFileExists() {
        for (String rule : List.of(WRITTEN, WRITTEN_NO_END, ORAL, HOLDS, EXTENDS, MOVES, STANDS, TOLLING, NOT_REVIVED)) {
            assertRuleExists(rule);
        }
    }

    @Test
    void whenWrittenStatementEndsAfterNormalDeadline_thenEveryDeadlineMovesToTheEndOfTheDelay() {
        // Given a written statement on 2027-03-10 asking for delay until 2027-05-10; 600 Ohio residents
        LocalDate until = LocalDate.of(2027, 5, 10);
        // When
        Determination d = determine(given().affected(inOhio(600)).lawEnforcementDelay(written(MARCH_10, until)),
                EVALUATED);
        // Then every notice (individuals, HHS, media) is due on 2027-05-10, 46 days after 2027-03-25
        assertFired(d, WRITTEN);
        assertFired(d, MOVES);
        for (Notification n : d.notifications()) {
            assertEquals(until, n.delayedUntil(), n.recipient().name());
            assertEquals(until, n.deadline(), n.recipient().name());
        }
        assertEquals(46, notification(d, Recipient.INDIVIDUALS).daysRemaining());
        assertEquals(until, mediaNotice(d, Jurisdiction.OH).deadline());
    }

    @Test
    void whenWrittenStatementEndsBeforeNormalDeadline_thenDeadlineStands() {
        // Given a hold until 2027-04-01, before day 60 (2027-04-30)
        LocalDate until = LocalDate.of(2027, 4, 1);
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, until)), EVALUATED);
        // Then
        assertFired(d, STANDS);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(until, n.delayedUntil());
        assertEquals(DAY_60, n.deadline());
    }

    @Test
    void whenAnOralStatementHasAnOfficial_thenItHolds30DaysFromItsDate() {
        // Given an oral statement on 2027-04-20: held until 2027-05-20 (20 April + 30 days), after day 60
        LocalDate stated = LocalDate.of(2027, 4, 20);
        // When
        Determination d = determine(given().lawEnforcementDelay(oral(stated, "Det. example")), LATER);
        // Then
        assertFired(d, ORAL);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(LocalDate.of(2027, 5, 20), n.delayedUntil());
        assertEquals(LocalDate.of(2027, 5, 20), n.deadline());
        assertNotMissing(d, "lawEnforcementDelay.oral.official");
    }

    @Test
    void whenAnOralStatementNamesNoOfficial_thenItStillDelaysAndTheGapIsNamed() {
        // Given (1.2) an oral statement on 2027-04-20 whose official was not written down
        LocalDate stated = LocalDate.of(2027, 4, 20);
        // When
        Determination d = determine(given().lawEnforcementDelay(statements(oralOn(stated, null))), LATER);
        // Then the duty to delay follows the official's statement: held to 2027-05-20; the identity is a gap
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(LocalDate.of(2027, 5, 20), n.delayedUntil());
        assertEquals(LocalDate.of(2027, 5, 20), n.deadline());
        assertMissing(d, "lawEnforcementDelay.statements[0].official", Impact.DEADLINES);
        assertTrue(finding(d, ORAL).message().contains("identity was not documented"));
    }

    @Test
    void whenAWrittenStatementNamesNoEnd_thenItHoldsLikeAnOralOneAndThePeriodIsAskedFor() {
        // Given (1.2) a written statement on 2027-04-20 with no delayUntil: 30 days, to 2027-05-20, not indefinitely
        LocalDate stated = LocalDate.of(2027, 4, 20);
        // When
        Determination d = determine(given().lawEnforcementDelay(written(stated, null)), LATER);
        // Then
        assertFired(d, WRITTEN_NO_END);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(LocalDate.of(2027, 5, 20), n.deadline());
        assertEquals(NotificationStatus.DUE, n.status());
        assertMissing(d, "lawEnforcementDelay.written.delayUntil", Impact.DEADLINES);
    }

    @Test
    void whenAWrittenStatementFollowsAnOralHoldThatHadLapsed_thenThePassedDeadlineIsNotRevived() {
        // Given an oral statement on 2027-04-20 (hold to 2027-05-20, after day 60) and a written one on 2027-06-01
        // asking for a hold until 2027-08-01: on 1 June the deadline in force (20 May) had passed.
        LocalDate oralOn = LocalDate.of(2027, 4, 20);
        LocalDate writtenOn = LocalDate.of(2027, 6, 1);
        LocalDate until = LocalDate.of(2027, 8, 1);
        // When evaluated on 2027-06-15
        Determination d = determine(given().lawEnforcementDelay(statements(oralOn(oralOn, "Det. example"),
                writtenOn(writtenOn, until))), LocalDate.of(2027, 6, 15));
        // Then the deadline stays 2027-05-20, OVERDUE; delayedUntil still shows the later hold; a finding says both
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(LocalDate.of(2027, 5, 20), n.deadline());
        assertEquals(until, n.delayedUntil());
        assertEquals(NotificationStatus.OVERDUE, n.status());
        assertTrue(finding(d, MOVES).message().contains("does not revive it"), finding(d, MOVES).message());
    }

    @Test
    void whenALaterOralRequestComesDuringAWrittenHold_thenItExtendsTheHoldToTheLaterEnd() {
        // Given a written hold 2027-04-01 .. 2027-05-15, then an oral request on 2027-05-10 (during the hold, after
        // day 60): it holds to 2027-06-09 (10 May + 30), the later of the two ends.
        LocalDate writtenOn = LocalDate.of(2027, 4, 1);
        LocalDate oralOn = LocalDate.of(2027, 5, 10);
        // When
        Determination d = determine(given().lawEnforcementDelay(statements(
                writtenOn(writtenOn, LocalDate.of(2027, 5, 15)), oralOn(oralOn, "Det. example"))), LATER);
        // Then (Hold conclusions carry no finding: the deadline rule's finding names the hold's end)
        assertTrue(finding(d, MOVES).message().contains("to 2027-06-09, the end of the hold"),
                finding(d, MOVES).message());
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(LocalDate.of(2027, 6, 9), n.deadline());
        assertEquals(LocalDate.of(2027, 6, 9), n.delayedUntil());
    }

    @Test
    void whenAShorterRequestComesDuringAHold_thenTheHoldKeepsTheLaterEnd() {
        // Given a written hold until 2027-07-01 and an oral request on 2027-05-10 (to 2027-06-09)
        // When
        Determination d = determine(given().lawEnforcementDelay(statements(
                writtenOn(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 7, 1)),
                oralOn(LocalDate.of(2027, 5, 10), "Det. example"))), LATER);
        // Then the later end stands
        assertEquals(LocalDate.of(2027, 7, 1), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenTheOnlyRequestComesAfterTheDeadlineHadPassed_thenTheDeadlineIsNotRevived() {
        // Given a written request on 2027-05-05, five days after day 60 (2027-04-30), until 2027-07-01
        // When evaluated on 2027-05-06
        Determination d = determine(given().lawEnforcementDelay(written(LocalDate.of(2027, 5, 5),
                LocalDate.of(2027, 7, 1))), LocalDate.of(2027, 5, 6));
        // Then
        assertFired(d, NOT_REVIVED);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(DAY_60, n.deadline());
        assertEquals(LocalDate.of(2027, 7, 1), n.delayedUntil());
        assertEquals(NotificationStatus.OVERDUE, n.status());
        // The HHS annual report (due 2028-02-29) had not passed: it is held and its deadline stands.
        assertEquals(HHS_ANNUAL_2027, notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenTheRequestComesOnTheDeadline_thenTheDeadlineStillMoves() {
        // Given a written request made on day 60 itself: the deadline had not yet passed
        // When
        Determination d = determine(given().lawEnforcementDelay(written(DAY_60, LocalDate.of(2027, 6, 1))),
                LATER);
        // Then
        assertEquals(LocalDate.of(2027, 6, 1), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenANoticeIsSentDuringAHold_thenItKeepsItsStatusAndGetsAFinding() {
        // Given a written hold 2027-03-10 .. 2027-05-10 and the individuals notified on 2027-03-20
        // When
        Determination d = determine(given().lawEnforcementDelay(written(MARCH_10, LocalDate.of(2027, 5, 10)))
                .noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, LocalDate.of(2027, 3, 20)))),
                EVALUATED);
        // Then SENT, and a 164.412 finding
        assertEquals(NotificationStatus.SENT, notification(d, Recipient.INDIVIDUALS).status());
        assertTrue(finding(d, "Notice sent while law enforcement had asked for a delay").message()
                .contains("2027-03-20"));
    }

    @Test
    void whenTheOrganisationTollsTheDeadline_thenItMovesByTheDaysOfDelay() {
        // Given tolling: a written hold from 2027-03-10 to 2027-04-09 (30 days) moves day 60 to 2027-05-30
        DroolsBreachDeterminer tolling = TunedRules.TOLLING;
        // When
        Determination d = tolling.determine(given().lawEnforcementDelay(written(MARCH_10, LocalDate.of(2027, 4, 9)))
                .build(), EVALUATED);
        // Then
        assertFired(d, TOLLING);
        assertEquals(LocalDate.of(2027, 5, 30), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenNoDelayRequested_thenNoNoticeIsDelayed() {
        // Given / When
        Determination d = determine(given(), EVALUATED);
        // Then
        assertNotFired(d, HOLDS);
        for (Notification n : d.notifications()) {
            assertNull(n.delayedUntil());
        }
    }

    @Test
    void whenNotABreach_thenTheDelayHasNothingToDelay() {
        // Given no PHI
        // When
        Determination d = determine(given().phiInvolved(false).lawEnforcementDelay(written(MARCH_10,
                LocalDate.of(2027, 5, 10))), EVALUATED);
        // Then
        assertNotFired(d, WRITTEN);
        assertTrue(d.notifications().isEmpty());
    }
}
