package org.breachrules.verify.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;

/** The seeded incident generator: deterministic, valid, and a mix that reaches every outcome. */
class IncidentGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Test
    void whenTheSameSeedIsGivenTwice_thenTheIncidentsAreTheSame() {
        // Given generators with seeds 7, 7 and 8
        // Then the same seed draws the same incidents, another seed others
        assertEquals(new IncidentGenerator(7, AS_OF).next(50), new IncidentGenerator(7, AS_OF).next(50));
        assertNotEquals(new IncidentGenerator(7, AS_OF).next(50), new IncidentGenerator(8, AS_OF).next(50));
    }

    @Test
    void everyGeneratedIncidentIsValid() {
        for (Incident incident : new IncidentGenerator(123, AS_OF).next(5000)) {
            assertEquals(List.of(), IncidentValidator.validate(incident, AS_OF), incident::toString);
        }
    }

    @Test
    void theMixCoversBreachAndNonBreachOutcomes() {
        List<Determination> ds = DroolsBreachDeterminer.builtIn()
                .determineAll(new IncidentGenerator(1, AS_OF).next(2000), AS_OF);
        long breaches = ds.stream().filter(Determination::breach).count();
        assertTrue(breaches > 1000 && breaches < 1900, "breaches: " + breaches);
        Set<Basis> bases = EnumSet.noneOf(Basis.class);
        ds.forEach(d -> bases.add(d.basis()));
        // Every basis but the rarely asserted third exception.
        Set<Basis> expected = EnumSet.allOf(Basis.class);
        expected.remove(Basis.EXCEPTION_RECIPIENT_COULD_NOT_RETAIN);
        assertEquals(expected, bases);
    }

    @org.junit.jupiter.api.Test
    void whenFormat11FactsAreAdded_thenTheBaseMixIsUnchangedAndTheFactsAppearValid() {
        List<Incident> base = new IncidentGenerator(9, AS_OF).next(2000);
        List<Incident> all = new IncidentGenerator(9, AS_OF).withFormat11Facts().next(2000);
        for (int i = 0; i < base.size(); i++) {
            assertEquals(base.get(i).id(), all.get(i).id());
            assertEquals(base.get(i).discoveredOn(), all.get(i).discoveredOn(), "the base draw is untouched");
            assertEquals(java.util.List.of(), org.breachrules.api.IncidentValidator.validate(all.get(i), AS_OF));
        }
        assertTrue(all.stream().anyMatch(x -> !x.noticesSent().isEmpty()), "notices already sent");
        assertTrue(all.stream().anyMatch(x -> x.affected() != null && x.affected().deceased() != null), "deceased");
        assertTrue(all.stream().anyMatch(x -> x.affected() != null && x.affected().totalIsEstimate()), "estimates");
        assertTrue(all.stream().anyMatch(x -> x.riskAssessment() != null && x.riskAssessment().deliberateMisuseRecorded()));
    }
}
