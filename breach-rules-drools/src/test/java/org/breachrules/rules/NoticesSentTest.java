package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.Determination;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Recipient;
import org.junit.jupiter.api.Test;

/**
 * notices-sent.drl, and the status of each obligation as of the evaluation date: DUE, OVERDUE, SENT, SENT_LATE.
 * Discovery 2027-03-01: the individuals' deadline is 2027-04-30 (DAY_60).
 */
class NoticesSentTest {
    static final String LATE = "Notice sent after its deadline";
    static final String LATE_UNDER_DELAY = "Notice sent after its deadline in force under a law-enforcement delay";
    static final String NO_SUCH_DUTY = "Notice recorded for a duty the rules did not find";
    static final String TELEPHONE_ONLY = "Notice to individuals by telephone alone: written notice is still owed";

    private static Determination sent(LocalDate sentOn, LocalDate asOf) {
        return determine(given().noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, sentOn))), asOf);
    }

    @Test
    void whenSentOnTheDeadline_thenSent() {
        Notification n = notification(sent(DAY_60, DAY_60.plusDays(3)), Recipient.INDIVIDUALS);
        assertEquals(NotificationStatus.SENT, n.status());
        assertEquals(DAY_60, n.sentOn());
        assertNull(n.daysRemaining());
    }

    @Test
    void whenSentTheDayAfterTheDeadline_thenSentLateWithAFindingSayingHowLate() {
        Determination d = sent(DAY_60.plusDays(1), DAY_60.plusDays(3));
        assertEquals(NotificationStatus.SENT_LATE, notification(d, Recipient.INDIVIDUALS).status());
        String message = finding(d, LATE).message();
        assertTrue(message.contains("61 days after discovery") && message.contains("1 days after its deadline"),
                message);
    }

    @Test
    void whenNotSentAndTheDeadlineIsToday_thenDue() {
        Notification n = notification(determine(given(), DAY_60), Recipient.INDIVIDUALS);
        assertEquals(NotificationStatus.DUE, n.status());
        assertEquals(0, n.daysRemaining());
    }

    @Test
    void whenNotSentAndTheDeadlinePassedYesterday_thenOverdue() {
        Notification n = notification(determine(given(), DAY_60.plusDays(1)), Recipient.INDIVIDUALS);
        assertEquals(NotificationStatus.OVERDUE, n.status());
        assertEquals(-1, n.daysRemaining());
        assertNull(n.sentOn());
    }

    @Test
    void whenOneStatesMediaIsSent_thenOnlyThatStateIsSettled() {
        Determination d = determine(given().affected(affected(1200, Jurisdiction.TX, 600, Jurisdiction.OK, 600))
                .noticesSent(List.of(new NoticeSent(Recipient.MEDIA, Jurisdiction.TX, LocalDate.of(2027, 3, 2)))));
        assertEquals(NotificationStatus.SENT, mediaNotice(d, Jurisdiction.TX).status());
        assertEquals(NotificationStatus.DUE, mediaNotice(d, Jurisdiction.OK).status());
        assertNotFired(d, NO_SUCH_DUTY);
    }

    @Test
    void whenSentAfterTheDeadlineInForceUnderADelay_thenLateAgainstThatDeadline() {
        // Given a delay to 2027-05-10 and individuals told 2027-05-12
        LocalDate until = LocalDate.of(2027, 5, 10);
        Determination d = determine(given().lawEnforcementDelay(written(LocalDate.of(2027, 3, 10), until))
                .noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, until.plusDays(2)))),
                until.plusDays(3));
        assertEquals(NotificationStatus.SENT_LATE, notification(d, Recipient.INDIVIDUALS).status());
        assertTrue(finding(d, LATE_UNDER_DELAY).message().contains("2 days after its deadline in force of " + until));
        assertNotFired(d, LATE);
    }

    @Test
    void whenSentWithinADelayedDeadline_thenSent() {
        LocalDate until = LocalDate.of(2027, 5, 10);
        Determination d = determine(given().lawEnforcementDelay(written(LocalDate.of(2027, 3, 10), until))
                .noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, until))), until.plusDays(3));
        assertEquals(NotificationStatus.SENT, notification(d, Recipient.INDIVIDUALS).status());
        assertNotFired(d, LATE_UNDER_DELAY);
        assertNotFired(d, LATE);
    }

    @Test
    void whenANoticeIsRecordedForNoDuty_thenItIsNamed() {
        // Given 100 Ohio residents (no media duty) and a media notice recorded for Ohio
        Determination d = determine(given().noticesSent(List.of(
                new NoticeSent(Recipient.MEDIA, Jurisdiction.OH, LocalDate.of(2027, 3, 2)))));
        assertTrue(finding(d, NO_SUCH_DUTY).message().contains("MEDIA OH"));
        assertTrue(notifications(d, Recipient.MEDIA).isEmpty());
    }

    @Test
    void whenIndividualsWereToldByTelephoneOnly_thenTheNoteNamesThePolicysSubstituteNoticeMinimum() {
        // Given a notice to individuals by telephone alone, under the built-in policy and under
        // substituteNoticeMinimumIndividuals = 5
        org.breachrules.api.Incident.Builder incident = given().noticesSent(List.of(new NoticeSent(
                Recipient.INDIVIDUALS, null, AS_OF, null,
                org.breachrules.api.NoticeMethod.TELEPHONE, null)));
        // When
        String builtIn = finding(determine(incident), TELEPHONE_ONLY).message();
        String tuned = finding(determineTuned("substituteNoticeMinimumIndividuals = 5", incident), TELEPHONE_ONLY)
                .message();
        // Then
        assertTrue(builtIn.contains("substitute notice for fewer than 10 unreachable individuals"), builtIn);
        assertTrue(tuned.contains("substitute notice for fewer than 5 unreachable individuals"), tuned);
    }
}
