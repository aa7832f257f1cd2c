package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.breachrules.api.Determination;
import org.breachrules.api.Finding;
import org.breachrules.json.Scenario;
import org.breachrules.tuning.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The engine reports the conclusions that stand at the end of an evaluation: one that truth maintenance retracted
 * after it was reached is not a finding, whether the case was evaluated alone or in a batch. In the engine's package
 * (watching the rules fire is not public API), in this module because the rules that show it are compiled DRL.
 */
class RetractedConclusionsTest {

    /** "Provisional" is reached first (salience forces it), then withdrawn when "Settled" is reached. */
    private static final String RULES = """
            package org.breachrules.rules;

            import org.breachrules.drools.facts.Case;
            import org.breachrules.drools.facts.Note;

            rule "Provisional: a note that holds only until it is settled"
                @citation("test")
                salience 10
            when
                $c : Case()
                not( Note( forCase == $c, rule == "Settled: a note that withdraws the provisional one" ) )
            then
                insertLogical(new Note($c, drools.getRule(), "provisional"));
            end

            rule "Settled: a note that withdraws the provisional one"
                @citation("test")
            when
                $c : Case()
            then
                insertLogical(new Note($c, drools.getRule(), "settled"));
            end
            """;

    @Test
    void whenAConclusionIsRetractedDuringTheEvaluation_thenItIsNoFinding() {
        // Given rules where one note is reached and then retracted by truth maintenance
        DroolsBreachDeterminer tuned = DroolsBreachDeterminer.builder().rules("zz-retracted.drl", RULES).build();
        Scenario s = Scenarios.all().get(0);
        // When a case is determined alone, and three in one batch
        Determination alone = tuned.determine(s.incident(), s.asOf());
        List<Determination> batch = tuned.determineAll(List.of(s.incident(), s.incident(), s.incident()), s.asOf());
        // Then only the note that stands is reported, every time
        for (Determination d : List.of(alone, batch.get(0), batch.get(1), batch.get(2))) {
            assertEquals(List.of("settled"), notes(d));
        }
        // And the provisional note was really reached before it was withdrawn (else this test proves nothing)
        List<String> fired = new java.util.ArrayList<>();
        tuned.evaluate(List.of(new org.breachrules.drools.facts.Case(s.incident(), s.asOf())),
                new org.kie.api.event.rule.DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent event) {
                        fired.add(event.getMatch().getRule().getName());
                    }
                });
        org.junit.jupiter.api.Assertions.assertTrue(fired.indexOf("Provisional: a note that holds only until it is"
                + " settled") >= 0 && fired.indexOf("Provisional: a note that holds only until it is settled")
                < fired.indexOf("Settled: a note that withdraws the provisional one"), fired.toString());
    }

    private static List<String> notes(Determination d) {
        return d.findings().stream().map(Finding::message)
                .filter(m -> m.equals("provisional") || m.equals("settled")).toList();
    }
}
