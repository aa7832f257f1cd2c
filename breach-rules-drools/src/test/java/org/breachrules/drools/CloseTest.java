package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.breachrules.api.Affected;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.Reporter;
import org.breachrules.api.Role;
import org.junit.jupiter.api.Test;

/** A determiner is closeable: a tuned one releases its sessions at once; the shared built-in one never closes. */
class CloseTest {
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 2);

    private static Incident incident() {
        return Incident.builder().id("CLOSE-1").reporter(Reporter.of(Role.COVERED_ENTITY))
                .discoveredOn(LocalDate.of(2027, 3, 1)).phiInvolved(true).permittedByPrivacyRule(false)
                .affected(Affected.total(3)).build();
    }

    @Test
    void whenATunedDeterminerIsClosed_thenItsSessionsAreReleasedAndFurtherCallsFail() {
        DroolsBreachDeterminer tuned = DroolsBreachDeterminer.builder()
                .policy("policy.properties", "retentionYears = 7\n").build();
        assertTrue(tuned.determine(incident(), AS_OF).breach());
        assertFalse(tuned.idleSessionCaseCounts().isEmpty(), "a session kept for the next call");

        tuned.close();

        assertEquals(List.of(), tuned.idleSessionCaseCounts());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> tuned.determine(incident(), AS_OF));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        tuned.close(); // closing twice is harmless
    }

    @Test
    void whenTheBuiltInDeterminerIsClosed_thenNothingHappensForItsOtherUsers() {
        DroolsBreachDeterminer.builtIn().close();
        assertTrue(DroolsBreachDeterminer.builtIn().determine(incident(), AS_OF).breach());
    }

    @Test
    void whenAnExceptionIsClaimedThroughItsFactory_thenOnlyItsOwnConditionsAreSet() {
        ExceptionClaim i = ExceptionClaim.unintentionalWorkforceAccess(true, true, false);
        assertEquals(new ExceptionClaim(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, true, true, null, false), i);
        assertEquals(new ExceptionClaim(ExceptionType.INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null, true, false),
                ExceptionClaim.inadvertentDisclosureAmongAuthorized(true, false));
        assertEquals(new ExceptionClaim(ExceptionType.RECIPIENT_COULD_NOT_RETAIN, true, null, null, null),
                ExceptionClaim.recipientCouldNotRetain(true));
        assertFalse(Engine.builtIn().determine(incident().toBuilder().exception(i).build(), AS_OF).breach());
    }
}
