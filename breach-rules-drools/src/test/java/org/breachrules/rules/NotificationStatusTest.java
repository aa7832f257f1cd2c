package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.Determination;
import org.breachrules.api.NoticeMethod;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * notification-status.drl: each notice's status against the deadline in force, at each edge. The baseline incident:
 * 100 Ohio residents, discovered 2027-03-01, so the individuals' deadline is 2027-04-30 (60 days, DAY_60) and HHS's
 * the end of February after the year of discovery (2028-02-29).
 */
class NotificationStatusTest {
    static final String SENT = "Notice status: sent in full on or before its deadline";
    static final String SENT_LATE = "Notice status: sent in full after its deadline";
    static final String UNDETERMINED = "Notice status: not sent in full, and the facts cannot settle the duty";
    static final String OVERDUE = "Notice status: not sent in full, and its deadline has passed";
    static final String DUE = "Notice status: not sent in full, and its deadline has not passed";
    static final String DELAYED_SENT =
            "Notice status under a law-enforcement delay: sent in full on or before the deadline in force";
    static final String DELAYED_SENT_LATE =
            "Notice status under a law-enforcement delay: sent in full after the deadline in force";
    static final String DELAYED_UNDETERMINED = "Notice status under a law-enforcement delay: not sent in full, and"
            + " the duty or its deadline cannot be settled";
    static final String DELAYED_OVERDUE =
            "Notice status under a law-enforcement delay: not sent in full, and the deadline in force has passed";
    static final String DELAYED_DUE =
            "Notice status under a law-enforcement delay: not sent in full, and the deadline in force has not passed";

    /** A written hold from 2027-03-10 to 2027-05-10: past DAY_60, so it is the deadline in force. */
    static final LocalDate HOLD_END = LocalDate.of(2027, 5, 10);

    private static Notification individualsOf(org.breachrules.api.Incident.Builder incident, LocalDate asOf) {
        return notification(determine(incident, asOf), Recipient.INDIVIDUALS);
    }

    private static org.breachrules.api.Incident.Builder sentOn(LocalDate day) {
        return given().noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, day)));
    }

    private static org.breachrules.api.Incident.Builder underHold() {
        return given().lawEnforcementDelay(written(LocalDate.of(2027, 3, 10), HOLD_END));
    }

    /** Waves to individuals: each entry a day and how many it reached. */
    private static List<NoticeSent> waves(Object... dayAndCount) {
        List<NoticeSent> out = new java.util.ArrayList<>();
        for (int i = 0; i < dayAndCount.length; i += 2) {
            out.add(new NoticeSent(Recipient.INDIVIDUALS, null, (LocalDate) dayAndCount[i],
                    (Integer) dayAndCount[i + 1], NoticeMethod.FIRST_CLASS_MAIL, null));
        }
        return out;
    }

    @Test
    void whenSentOnItsDeadline_thenSent_andTheDayAfter_thenSentLate() {
        assertRuleExists(SENT);
        assertRuleExists(SENT_LATE);
        // 2027-04-30 is the deadline itself; 2027-05-01 is one day past it
        assertEquals(NotificationStatus.SENT, individualsOf(sentOn(DAY_60), DAY_60.plusDays(5)).status());
        assertEquals(NotificationStatus.SENT_LATE,
                individualsOf(sentOn(DAY_60.plusDays(1)), DAY_60.plusDays(5)).status());
    }

    @Test
    void whenNotSentAndEvaluatedOnItsDeadline_thenDue_andTheDayAfter_thenOverdue() {
        assertRuleExists(DUE);
        assertRuleExists(OVERDUE);
        Notification onTheDay = individualsOf(given(), DAY_60);
        assertEquals(NotificationStatus.DUE, onTheDay.status());
        assertEquals(0, onTheDay.daysRemaining());
        Notification dayAfter = individualsOf(given(), DAY_60.plusDays(1));
        assertEquals(NotificationStatus.OVERDUE, dayAfter.status());
        assertEquals(-1, dayAfter.daysRemaining());
    }

    @Test
    void whenWavesReachAllButOne_thenNotSentInFull_andTheLastOneSettlesIt() {
        // 100 residents owed notice: 60 on 2027-04-01 and 39 on 2027-04-20 is 99, not in full (DUE until 2027-04-30);
        // a third wave of 1 on 2027-04-30 reaches all by the deadline (SENT), on 2027-05-01 after it (SENT_LATE)
        LocalDate first = LocalDate.of(2027, 4, 1);
        LocalDate second = LocalDate.of(2027, 4, 20);
        Notification partial = individualsOf(given().noticesSent(waves(first, 60, second, 39)), DAY_60);
        assertEquals(NotificationStatus.DUE, partial.status());
        assertEquals(99, partial.notifiedSoFar());
        assertEquals(second, partial.sentOn());
        Notification all = individualsOf(given().noticesSent(waves(first, 60, second, 39, DAY_60, 1)),
                DAY_60.plusDays(5));
        assertEquals(NotificationStatus.SENT, all.status());
        assertEquals(100, all.notifiedSoFar());
        Notification late = individualsOf(given().noticesSent(waves(first, 60, second, 39, DAY_60.plusDays(1), 1)),
                DAY_60.plusDays(5));
        assertEquals(NotificationStatus.SENT_LATE, late.status());
    }

    @Test
    void whenIndividualsWereOnlyTelephoned_thenTheNoticeIsNotSent() {
        // 164.404(d)(1): written notice; a call on 2027-03-05 does not settle it, so it is DUE on 2027-03-06
        Notification n = individualsOf(given().noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null,
                LocalDate.of(2027, 3, 5), null, NoticeMethod.TELEPHONE, null))), LocalDate.of(2027, 3, 6));
        assertEquals(NotificationStatus.DUE, n.status());
        assertNull(n.sentOn());
    }

    @Test
    void whenTheFactsCannotSettleTheMediaDuty_thenUndetermined_withOrWithoutAHold() {
        assertRuleExists(UNDETERMINED);
        assertRuleExists(DELAYED_UNDETERMINED);
        // 501 affected, none assigned to a state: some state could have 501, so media notice is UNDETERMINED
        Determination plain = determine(given().affected(unassigned(501)), AS_OF);
        assertEquals(NotificationStatus.UNDETERMINED, mediaNotice(plain, null).status());
        // evaluated 2027-03-25, after the statement of 2027-03-10
        Determination held = determine(underHold().affected(unassigned(501)), LocalDate.of(2027, 3, 25));
        Notification media = mediaNotice(held, null);
        assertEquals(NotificationStatus.UNDETERMINED, media.status());
        assertEquals(HOLD_END, media.deadline());
        assertDependsOnAreMissing(held);
    }

    @ParameterizedTest(name = "sent {0} day(s) after the deadline in force")
    @ValueSource(ints = {0, 1})
    void whenSentUnderAHold_thenJudgedAgainstTheDeadlineInForce(int daysAfter) {
        assertRuleExists(DELAYED_SENT);
        assertRuleExists(DELAYED_SENT_LATE);
        // The hold ends 2027-05-10, after 2027-04-30: that is the deadline in force; a notice on 2027-05-10 is SENT
        // (late against the normal deadline, on time against the one in force), on 2027-05-11 SENT_LATE
        Notification n = individualsOf(underHold().noticesSent(List.of(
                new NoticeSent(Recipient.INDIVIDUALS, null, HOLD_END.plusDays(daysAfter)))), HOLD_END.plusDays(5));
        assertEquals(daysAfter == 0 ? NotificationStatus.SENT : NotificationStatus.SENT_LATE, n.status());
    }

    @ParameterizedTest(name = "evaluated {0} day(s) after the deadline in force")
    @ValueSource(ints = {0, 1})
    void whenNotSentUnderAHold_thenDueUntilTheDeadlineInForce(int daysAfter) {
        assertRuleExists(DELAYED_DUE);
        assertRuleExists(DELAYED_OVERDUE);
        // Not sent: on 2027-05-10 (the deadline in force) DUE with 0 days left; on 2027-05-11 OVERDUE
        Notification n = individualsOf(underHold(), HOLD_END.plusDays(daysAfter));
        assertEquals(daysAfter == 0 ? NotificationStatus.DUE : NotificationStatus.OVERDUE, n.status());
        assertEquals(-daysAfter, n.daysRemaining());
    }
}
