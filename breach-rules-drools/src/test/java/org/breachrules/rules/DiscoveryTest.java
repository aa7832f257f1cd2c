package org.breachrules.rules;

import static org.breachrules.rules.Incidents.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.breachrules.api.BusinessAssociateDiscovery;
import org.breachrules.api.Determination;
import org.breachrules.api.Recipient;
import org.junit.jupiter.api.Test;

/**
 * discovery.drl: 164.404(a)(2), 164.410(a)(2). "Discovery: the first day the breach was known" makes no finding; it
 * is seen through clockStartedOn.
 */
class DiscoveryTest {
    static final String DILIGENCE = "Discovery: the day reasonable diligence would have revealed it";
    static final String AGENT = "Discovery: a business associate acting as agent knew of it";
    static final String INDEPENDENT = "Discovery: an independent business associate's knowledge is not imputed";
    static final String CLOCK = "The clock starts on the earliest discovery date";

    @Test
    void whenOnlyDiscoveredOnGiven_thenClockStartsThatDay() {
        // Given
        // When
        Determination d = determine(baseline());
        // Then
        assertFired(d, CLOCK);
        assertNotFired(d, DILIGENCE);
        assertNotFired(d, AGENT);
        assertNotFired(d, INDEPENDENT);
        assertEquals(DISCOVERED, d.clockStartedOn());
        assertEquals(DAY_60, notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenReasonableDiligenceWouldHaveRevealedItEarlier_thenClockStartsOnTheEarlierDay() {
        // Given
        LocalDate diligence = LocalDate.of(2027, 2, 10);
        // When
        Determination d = determine(given().wouldHaveBeenDiscoveredOn(diligence));
        // Then
        assertFired(d, DILIGENCE);
        assertEquals(diligence, d.clockStartedOn());
        assertEquals(LocalDate.of(2027, 4, 11), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenReasonableDiligenceDateEqualsActualDiscovery_thenClockStartsThatDay() {
        // Given
        // When
        Determination d = determine(given().wouldHaveBeenDiscoveredOn(DISCOVERED));
        // Then
        assertEquals(DISCOVERED, d.clockStartedOn());
    }

    @Test
    void whenReasonableDiligenceDateInPreviousYear_thenHhsAnnualReportIsForThatYear() {
        // Given discovered 2027-01-05 but reasonable diligence would have revealed it on 2026-12-20
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2027, 1, 5))
                .wouldHaveBeenDiscoveredOn(LocalDate.of(2026, 12, 20)), LocalDate.of(2027, 1, 6));
        // Then
        assertEquals(LocalDate.of(2026, 12, 20), d.clockStartedOn());
        assertEquals(LocalDate.of(2027, 3, 1), notification(d, Recipient.HHS).deadline());
    }

    @Test
    void whenAgentBusinessAssociateDiscoveredItEarlier_thenItsKnowledgeIsImputed() {
        // Given the BA, the covered entity's agent, discovered it on 2027-02-01
        // When
        Determination d = determine(given().businessAssociate(
                new BusinessAssociateDiscovery(LocalDate.of(2027, 2, 1), true)));
        // Then
        assertFired(d, AGENT);
        assertNotFired(d, INDEPENDENT);
        assertEquals(LocalDate.of(2027, 2, 1), d.clockStartedOn());
        assertEquals(LocalDate.of(2027, 4, 2), notification(d, Recipient.INDIVIDUALS).deadline());
    }

    @Test
    void whenIndependentContractorBusinessAssociateDiscoveredItEarlier_thenCoveredEntityClockStartsOnItsOwnDiscovery() {
        // Given the BA is an independent contractor
        // When
        Determination d = determine(given().businessAssociate(
                new BusinessAssociateDiscovery(LocalDate.of(2027, 2, 1), false)));
        // Then
        assertFired(d, INDEPENDENT);
        assertNotFired(d, AGENT);
        assertEquals(DISCOVERED, d.clockStartedOn());
    }

    @Test
    void whenAgentBusinessAssociateDiscoveredItLater_thenEarlierOwnDiscoveryStillStartsTheClock() {
        // Given the covered entity knew first
        // When
        Determination d = determine(given().businessAssociate(new BusinessAssociateDiscovery(AS_OF, true)));
        // Then
        assertFired(d, AGENT);
        assertEquals(DISCOVERED, d.clockStartedOn());
    }

    @Test
    void whenSeveralDiscoveryDates_thenTheEarliestWins() {
        // Given diligence 2027-02-15, agent BA 2027-02-01, actual 2027-03-01
        // When
        Determination d = determine(given().wouldHaveBeenDiscoveredOn(LocalDate.of(2027, 2, 15))
                .businessAssociate(new BusinessAssociateDiscovery(LocalDate.of(2027, 2, 1), true)));
        // Then
        assertFired(d, CLOCK);
        assertEquals(LocalDate.of(2027, 2, 1), d.clockStartedOn());
        assertEquals(1, d.findings().stream().filter(f -> f.rule().equals(CLOCK)).count());
    }

    @Test
    void whenDiscoveredOn31December2027_thenIndividualsAndHhsAnnualAreBothDue29February2028() {
        // Given
        // When
        Determination d = determine(given().discoveredOn(LocalDate.of(2027, 12, 31)), LocalDate.of(2028, 1, 2));
        // Then
        assertEquals(LocalDate.of(2028, 2, 29), notification(d, Recipient.INDIVIDUALS).deadline());
        assertEquals(LocalDate.of(2028, 2, 29), notification(d, Recipient.HHS).deadline());
    }
}
