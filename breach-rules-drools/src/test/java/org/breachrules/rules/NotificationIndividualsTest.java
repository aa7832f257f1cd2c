package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.breachrules.api.Affected;
import org.breachrules.api.ContentCode;
import org.breachrules.api.Determination;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.api.SubstituteNoticeForm;
import org.junit.jupiter.api.Test;

/** notification-individuals.drl: 164.404(b), (c), (d)(2), (d)(3). */
class NotificationIndividualsTest {
    static final String NOTIFY = "Individuals: notify each affected individual within the policy's deadline";
    static final String SUBSTITUTE_10 = "Individuals: substitute notice by web posting or major media at or above the policy's minimum";
    static final String SUBSTITUTE_UNDER_10 = "Individuals: alternative written or telephone notice below the policy's minimum";
    static final String TELEPHONE = "Individuals: telephone as well when misuse may be imminent";

    @Test
    void whenCoveredEntityBreach_thenNotifyIndividualsWithin60CalendarDays() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertFired(d, NOTIFY);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(DAY_60, n.deadline());
        assertEquals("45 CFR 164.404(b)", n.citation());
        assertNull(n.delayedUntil());
        assertNull(n.jurisdiction());
        assertEquals(List.of(ContentCode.WHAT_HAPPENED_WITH_DATES, ContentCode.PHI_TYPES_INVOLVED,
                ContentCode.STEPS_INDIVIDUALS_SHOULD_TAKE, ContentCode.WHAT_ENTITY_IS_DOING,
                ContentCode.CONTACT_PROCEDURES), n.content());
    }

    @Test
    void whenBusinessAssociateReports_thenItOwesNoIndividualNotice() {
        // Given notice to individuals is the covered entity's duty
        // When
        Determination d = determine(given().reporter(businessAssociate(null)));
        // Then
        assertNotFired(d, NOTIFY);
        assertNoNotification(d, Recipient.INDIVIDUALS);
    }

    @Test
    void whenNotABreach_thenNoIndividualNotice() {
        // Given
        // When
        Determination d = determine(given().riskAssessment(lowRiskAssessment()));
        // Then
        assertNotFired(d, NOTIFY);
        assertNoNotification(d, Recipient.INDIVIDUALS);
    }

    @Test
    void whenDiscoveredIn2026_thenIndividualDeadlineIs60CalendarDaysLater() {
        // Given discovered 2026-12-31: 2027 is not a leap year
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2026, 12, 31)), LocalDate.of(2027, 1, 2));
        // Then
        assertEquals(LocalDate.of(2027, 3, 1), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenDiscoveredOn31December2027_thenIndividualDeadlineIs29February2028() {
        // Given
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2027, 12, 31)), LocalDate.of(2028, 1, 2));
        // Then
        assertEquals(LocalDate.of(2028, 2, 29), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    // ---- days remaining ----------------------------------------------------------------------------------------

    @Test
    void whenEvaluatedTheDayAfterDiscovery_then59DaysRemain() {
        // Given
        // When
        Determination d = determine(baseline(), AS_OF);
        // Then
        assertEquals(59, notification(d, Recipient.INDIVIDUALS).daysRemaining());
    }

    @Test
    void whenEvaluatedOnTheDeadline_thenZeroDaysRemain() {
        // Given
        // When
        Determination d = determine(baseline(), DAY_60);
        // Then
        assertEquals(0, notification(d, Recipient.INDIVIDUALS).daysRemaining());
    }

    @Test
    void whenEvaluatedAfterTheDeadline_thenDaysRemainingIsNegative() {
        // Given
        // When
        Determination d = determine(baseline(), LocalDate.of(2027, 5, 10));
        // Then overdue by 10 days; the deadline itself does not move
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertEquals(-10, n.daysRemaining());
        assertEquals(DAY_60, n.deadline());
    }

    // ---- substitute notice -------------------------------------------------------------------------------------

    @Test
    void whenNoIndividualHasInsufficientContactInfo_thenNoSubstituteNotice() {
        // Given
        // When
        Determination d = determine(given().affected(withInsufficientContact(100, 0)));
        // Then
        assertNotFired(d, SUBSTITUTE_10);
        assertNotFired(d, SUBSTITUTE_UNDER_10);
        assertNull(notification(d, Recipient.INDIVIDUALS).substituteNotice());
    }

    @Test
    void whenInsufficientContactInfoNotGiven_thenNoSubstituteNotice() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNotFired(d, SUBSTITUTE_UNDER_10);
        assertNull(notification(d, Recipient.INDIVIDUALS).substituteNotice());
    }

    @Test
    void whenOneIndividualHasInsufficientContactInfo_thenAlternativeWrittenOrTelephoneNotice() {
        // Given
        // When
        Determination d = determine(given().affected(withInsufficientContact(100, 1)));
        // Then
        assertFired(d, SUBSTITUTE_UNDER_10);
        assertNotFired(d, SUBSTITUTE_10);
        assertEquals(new SubstituteNotice(SubstituteNoticeForm.ALTERNATIVE_WRITTEN_OR_TELEPHONE, 1, null, null),
                notification(d, Recipient.INDIVIDUALS).substituteNotice());
    }

    @Test
    void whenNineIndividualsHaveInsufficientContactInfo_thenAlternativeWrittenOrTelephoneNotice() {
        // Given (regulation.md T16 variant)
        // When
        Determination d = determine(given().affected(withInsufficientContact(300, 9)));
        // Then
        assertFired(d, SUBSTITUTE_UNDER_10);
        assertNotFired(d, SUBSTITUTE_10);
        assertEquals(new SubstituteNotice(SubstituteNoticeForm.ALTERNATIVE_WRITTEN_OR_TELEPHONE, 9, null, null),
                notification(d, Recipient.INDIVIDUALS).substituteNotice());
    }

    @Test
    void whenExactly10HaveInsufficientContactInfo_thenWebPostingOrMajorMediaAndTollFreeNumberFor90Days() {
        // Given (regulation.md T16)
        // When
        Determination d = determine(given().affected(withInsufficientContact(300, 10)));
        // Then
        assertFired(d, SUBSTITUTE_10);
        assertNotFired(d, SUBSTITUTE_UNDER_10);
        assertEquals(new SubstituteNotice(SubstituteNoticeForm.CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA, 10, 90, 90),
                notification(d, Recipient.INDIVIDUALS).substituteNotice());
        assertNoNotification(d, Recipient.MEDIA);
    }

    @Test
    void whenSubstituteNoticeOwed_thenOnlyTheIndividualNoticeCarriesIt() {
        // Given
        // When
        Determination d = determine(given().affected(new Affected(600, Map.of(Jurisdiction.OH, 600), 50, false)));
        // Then
        assertEquals(50, notification(d, Recipient.INDIVIDUALS).substituteNotice().individuals());
        assertNull(notification(d, Recipient.HHS).substituteNotice());
        assertNull(mediaNotice(d, Jurisdiction.OH).substituteNotice());
    }

    @Test
    void whenBusinessAssociateReportsWithInsufficientContactInfo_thenNoSubstituteNotice() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(null))
                .affected(withInsufficientContact(100, 20)));
        // Then
        assertNotFired(d, SUBSTITUTE_10);
    }

    // ---- urgent telephone --------------------------------------------------------------------------------------

    @Test
    void whenMisuseMayBeImminent_thenTelephoneInAdditionToWrittenNotice() {
        // Given
        // When
        Determination d = determine(given().affected(new Affected(100, Map.of(Jurisdiction.OH, 100), null, true)));
        // Then
        assertFired(d, TELEPHONE);
        Notification n = notification(d, Recipient.INDIVIDUALS);
        assertTrue(n.urgentTelephone());
        assertEquals(DAY_60, n.deadline());
        assertFalse(notification(d, Recipient.HHS).urgentTelephone());
    }

    @Test
    void whenMisuseNotImminent_thenNoTelephoneNotice() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNotFired(d, TELEPHONE);
        assertFalse(notification(d, Recipient.INDIVIDUALS).urgentTelephone());
    }

    // ---- 1.1: deceased individuals (164.404(d)(1)(ii), (d)(2)) ------------------------------------------------

    static final String NEXT_OF_KIN =
            "Individuals: deceased individuals are notified through their next of kin or personal representative";
    static final String NO_KIN_ADDRESS =
            "Individuals: no substitute notice for deceased individuals without a next-of-kin address";

    @Test
    void whenSomeAreDeceased_thenTheirNoticeGoesToTheNextOfKin() {
        Affected a = new Affected(100, Map.of(Jurisdiction.OH, 100), 0, false, false, 5, 2);
        Determination d = determine(given().affected(a));
        assertTrue(finding(d, NEXT_OF_KIN).message().startsWith("5 "));
        assertTrue(finding(d, NO_KIN_ADDRESS).message().startsWith("2 "));
        assertNull(notification(d, Recipient.INDIVIDUALS).substituteNotice(),
                "the 2 without a next-of-kin address are not counted towards substitute notice");
    }

    @Test
    void whenNoneAreDeceased_thenNoNextOfKinFinding() {
        Determination d = determine(given().affected(new Affected(100, Map.of(Jurisdiction.OH, 100), 0, false,
                false, 0, 0)));
        assertNotFired(d, NEXT_OF_KIN);
        assertNotFired(d, NO_KIN_ADDRESS);
    }
}
