package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.breachrules.api.ContentCode;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Determination;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** notification-media.drl: 164.406, more than 500 residents of one State (160.103: DC and the territories too). */
class NotificationMediaTest {
    static final String MEDIA = "Media: residents of a state or territory at or above the policy's minimum";

    @Test
    void whenExactly501ResidentsOfOneState_thenMediaNoticeForThatState() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(501)));
        // Then
        assertFired(d, MEDIA);
        Notification n = notification(d, Recipient.MEDIA);
        assertEquals(Jurisdiction.OH, n.jurisdiction());
        assertEquals(DAY_60, n.deadline());
        assertEquals("45 CFR 164.406", n.citation());
        assertNull(n.substituteNotice());
        assertEquals(List.of(ContentCode.WHAT_HAPPENED_WITH_DATES, ContentCode.PHI_TYPES_INVOLVED,
                ContentCode.STEPS_INDIVIDUALS_SHOULD_TAKE, ContentCode.WHAT_ENTITY_IS_DOING,
                ContentCode.CONTACT_PROCEDURES), n.content());
    }

    @Test
    void whenExactly500ResidentsOfOneState_thenNoMediaNotice() {
        // Given
        // When
        Determination d = determine(given().affected(inOhio(500)));
        // Then
        assertNotFired(d, MEDIA);
        assertNoNotification(d, Recipient.MEDIA);
    }

    @Test
    void whenSeveralStatesUnder500Each_thenNoMediaNoticeWhateverTheTotal() {
        // Given 1,400 affected: 500 OH, 499 PA, 401 NY
        // When
        Determination d = determine(given().affected(
                affected(1400, Jurisdiction.OH, 500, Jurisdiction.PA, 499, Jurisdiction.NY, 401)));
        // Then
        assertNotFired(d, MEDIA);
        assertNoNotification(d, Recipient.MEDIA);
    }

    @Test
    void whenTotalOver500ButResidenceUnknown_thenNoMediaNotice() {
        // Given 1,000 affected, only 400 known to live in Ohio
        // When
        Determination d = determine(given().affected(affected(1000, Jurisdiction.OH, 400)));
        // Then
        assertNotFired(d, MEDIA);
    }

    @Test
    void whenOnlyOneOfTwoStatesHasMoreThan500_thenMediaNoticeForThatStateOnly() {
        // Given 2,600 New York and 400 New Jersey residents (regulation.md T18)
        // When
        Determination d = determine(given().affected(affected(3000, Jurisdiction.NY, 2600, Jurisdiction.NJ, 400)));
        // Then
        assertEquals(Jurisdiction.NY, notification(d, Recipient.MEDIA).jurisdiction());
    }

    @Test
    void whenTwoStatesEachHaveMoreThan500_thenOneMediaNoticePerState() {
        // Given
        // When
        Determination d = determine(given().affected(affected(1200, Jurisdiction.OH, 600, Jurisdiction.PA, 501,
                Jurisdiction.NY, 99)));
        // Then
        assertEquals(2, notifications(d, Recipient.MEDIA).size());
        assertEquals(DAY_60, mediaNotice(d, Jurisdiction.OH).deadline());
        assertEquals(DAY_60, mediaNotice(d, Jurisdiction.PA).deadline());
    }

    @ParameterizedTest
    @EnumSource(value = Jurisdiction.class, names = {"PR", "GU", "DC", "VI", "AS", "MP"})
    void whenMoreThan500ResidentsOfTerritoryOrDc_thenMediaNoticeForIt(Jurisdiction territory) {
        // Given "State" includes DC, Puerto Rico, the Virgin Islands, Guam, American Samoa and the CNMI
        // When
        Determination d = determine(given().affected(affected(501, territory, 501)));
        // Then
        assertFired(d, MEDIA);
        assertEquals(territory, notification(d, Recipient.MEDIA).jurisdiction());
        assertEquals(DAY_60, notification(d, Recipient.MEDIA).deadline());
    }

    @ParameterizedTest
    @EnumSource(value = Jurisdiction.class, names = {"PR", "GU", "DC", "VI"})
    void whenExactly500ResidentsOfTerritoryOrDc_thenNoMediaNotice(Jurisdiction territory) {
        // Given
        // When
        Determination d = determine(given().affected(affected(500, territory, 500)));
        // Then
        assertNotFired(d, MEDIA);
    }

    @Test
    void whenBusinessAssociateReports_thenItOwesNoMediaNotice() {
        // Given
        // When
        Determination d = determine(given().reporter(businessAssociate(null)).affected(inOhio(600)));
        // Then
        assertNotFired(d, MEDIA);
        assertNoNotification(d, Recipient.MEDIA);
    }

    @Test
    void whenNotABreach_thenNoMediaNotice() {
        // Given 600 Georgia charts cross-cut shredded (regulation.md T25(b))
        // When
        Determination d = determine(given().affected(affected(600, Jurisdiction.GA, 600))
                .safeguards(destruction(DestructionMethod.PAPER_SHREDDED_UNRECONSTRUCTABLE)));
        // Then
        assertNotFired(d, MEDIA);
    }

    @Test
    void whenPaperChartsOf600GeorgiansDumpedUnshredded_thenGeorgiaMediaAndHhsNow() {
        // Given (regulation.md T25(a))
        // When
        Determination d = determine(given().affected(affected(600, Jurisdiction.GA, 600)));
        // Then
        assertEquals(DAY_60, mediaNotice(d, Jurisdiction.GA).deadline());
        assertEquals(DAY_60, notification(d, Recipient.HHS).deadline());
        assertEquals(DAY_60, notification(d, Recipient.INDIVIDUALS).deadline());
    }
}
