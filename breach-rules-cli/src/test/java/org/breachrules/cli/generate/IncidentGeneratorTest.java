package org.breachrules.cli.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.cli.BreachRulesCli;
import org.breachrules.cli.Determiners;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;

class IncidentGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    private static String generate(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BreachRulesCli.commandLine(Determiners.drools(), new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err)).execute(args);
        assertEquals(0, exit, err.toString());
        assertEquals("", err.toString());
        return out.toString();
    }

    @Test
    void theSameSeedGivesTheSameOutput() {
        String a = generate("generate", "--count", "500", "--seed", "42", "--as-of", "2026-11-20");
        String b = generate("generate", "--count", "500", "--seed", "42", "--as-of", "2026-11-20");
        String c = generate("generate", "--count", "500", "--seed", "43", "--as-of", "2026-11-20");
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(500, a.lines().count());
        assertEquals(new IncidentGenerator(7, AS_OF).next(50), new IncidentGenerator(7, AS_OF).next(50));
    }

    @Test
    void everyGeneratedLineIsOneValidIncident() {
        IncidentReader reader = new IncidentReader();
        List<String> lines = generate("generate", "--count", "3000", "--seed", "9", "--as-of", "2026-11-20")
                .lines().toList();
        assertEquals(3000, lines.size());
        for (String line : lines) {
            ReadResult r = reader.read(line, AS_OF);
            assertTrue(r.ok() && !r.array(), () -> line + " -> " + r.violations());
        }
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
