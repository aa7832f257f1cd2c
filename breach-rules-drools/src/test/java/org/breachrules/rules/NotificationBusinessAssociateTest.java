package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.ContentCode;
import org.breachrules.api.Determination;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.junit.jupiter.api.Test;

/** notification-business-associate.drl: 164.410(b), (c); 164.504(e)(2)(ii)(C) (a BAA may shorten the window). */
class NotificationBusinessAssociateTest {
    static final String SIXTY_DAYS = "Business associate: notify the covered entity within the policy's deadline";
    static final String AGREEMENT = "Business associate: the agreement's shorter window applies";

    @Test
    void whenBusinessAssociateWithoutContractualDays_thenNotifyCoveredEntityWithin60Days() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(null)));
        // Then
        assertFired(d, SIXTY_DAYS);
        assertNotFired(d, AGREEMENT);
        Notification n = notification(d, Recipient.COVERED_ENTITY);
        assertEquals(DAY_60, n.deadline());
        assertEquals("45 CFR 164.410(b)", n.citation());
        assertEquals(List.of(ContentCode.IDENTIFICATION_OF_EACH_INDIVIDUAL, ContentCode.AVAILABLE_NOTICE_CONTENT),
                n.content());
    }

    @Test
    void whenAgreementSays10Days_thenCoveredEntityDueIn10Days() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(10)));
        // Then
        assertFired(d, AGREEMENT);
        assertNotFired(d, SIXTY_DAYS);
        assertEquals(LocalDate.of(2027, 3, 11), notification(d, Recipient.COVERED_ENTITY).deadline());
    }

    @Test
    void whenAgreementSays59Days_thenTheAgreementStillShortensIt() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(59)));
        // Then
        assertFired(d, AGREEMENT);
        assertEquals(LocalDate.of(2027, 4, 29), notification(d, Recipient.COVERED_ENTITY).deadline());
    }

    @Test
    void whenAgreementSays60Days_thenTheRegulatory60DaysApply() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(60)));
        // Then
        assertFired(d, SIXTY_DAYS);
        assertNotFired(d, AGREEMENT);
        assertEquals(DAY_60, notification(d, Recipient.COVERED_ENTITY).deadline());
    }

    @Test
    void whenBusinessAssociateReports_thenItOwesOnlyTheCoveredEntityNotice() {
        // Given 600 Ohio residents
        // When
        Determination d = determine(given().reporter(businessAssociate(null)).affected(inOhio(600)));
        // Then
        assertEquals(1, d.notifications().size());
        assertEquals(Recipient.COVERED_ENTITY, d.notifications().get(0).recipient());
    }

    @Test
    void whenBusinessAssociateDiscoveredViaReasonableDiligence_thenItsClockStartsEarlier() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(10))
                .wouldHaveBeenDiscoveredOn(LocalDate.of(2027, 2, 20)));
        // Then
        assertEquals(LocalDate.of(2027, 3, 2), notification(d, Recipient.COVERED_ENTITY).deadline());
    }

    @Test
    void whenCoveredEntityReports_thenNoCoveredEntityNotice() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertNotFired(d, SIXTY_DAYS);
        assertNotFired(d, AGREEMENT);
        assertNoNotification(d, Recipient.COVERED_ENTITY);
    }

    @Test
    void whenBusinessAssociateIncidentIsNotABreach_thenNoNotice() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(10)).riskAssessment(lowRiskAssessment()));
        // Then
        assertNotFired(d, SIXTY_DAYS);
        assertNotFired(d, AGREEMENT);
        assertTrue(d.notifications().isEmpty());
    }
}
