package org.breachrules.drools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.breachrules.api.Determination;
import org.breachrules.drools.golden.GoldenScenario;
import org.breachrules.json.Scenario;
import org.junit.jupiter.api.Test;

/** One shared determiner, many threads: every thread sees exactly the single-threaded answers. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 20;

    @Test
    void whenManyThreadsShareOneDeterminer_thenResultsEqualTheSingleThreadedOnes() throws Exception {
        // Given the single-threaded answers for every golden scenario
        List<Scenario> scenarios = GoldenScenario.all();
        List<Determination> expected = new ArrayList<>();
        for (Scenario s : scenarios) {
            expected.add(Engine.builtIn().determine(s.incident(), s.asOf()));
        }
        // When many threads evaluate them all, repeatedly, each in its own order
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Determination>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                Callable<List<Determination>> task = () -> {
                    List<Determination> last = new ArrayList<>(scenarios.size());
                    for (int r = 0; r < ROUNDS; r++) {
                        Determination[] round = new Determination[scenarios.size()];
                        for (int i = 0; i < scenarios.size(); i++) {
                            int k = (i + offset * 7 + r) % scenarios.size();
                            round[k] = Engine.builtIn().determine(scenarios.get(k).incident(), scenarios.get(k).asOf());
                            assertEquals(expected.get(k), round[k], scenarios.get(k).file());
                        }
                        last = List.of(round);
                    }
                    return last;
                };
                futures.add(pool.submit(task));
            }
            // Then every thread's answers equal the single-threaded ones
            for (Future<List<Determination>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whenCasesShareOneSession_thenEachGetsItsSingleEvaluationAnswer() {
        // Given every golden scenario evaluated on its own
        List<Scenario> scenarios = GoldenScenario.all();
        List<org.breachrules.drools.facts.Case> cases = new ArrayList<>();
        List<Determination> single = new ArrayList<>();
        for (Scenario s : scenarios) {
            single.add(Engine.builtIn().determine(s.incident(), s.asOf()));
            cases.add(new org.breachrules.drools.facts.Case(s.incident(), s.asOf()));
        }
        // When all are evaluated together in one session
        List<Determination> batched = Engine.builtIn().evaluate(cases);
        // Then the cases never see each other
        assertEquals(single, batched);
    }

    @Test
    void whenSessionsAreReused_thenEarlierCasesChangeNoAnswerAndAreResetInTime() {
        // Given a determiner that has evaluated every golden scenario
        DroolsBreachDeterminer determiner = DroolsBreachDeterminer.builtIn();
        List<Determination> first = new ArrayList<>();
        for (Scenario s : GoldenScenario.all()) {
            first.add(determiner.determine(s.incident(), s.asOf()));
        }
        // When the same scenarios are evaluated again, in reverse order, on the kept sessions
        List<Determination> again = new ArrayList<>();
        for (int i = GoldenScenario.all().size() - 1; i >= 0; i--) {
            Scenario s = GoldenScenario.all().get(i);
            again.add(0, determiner.determine(s.incident(), s.asOf()));
        }
        // Then the answers are the same, and no kept session holds as many cases as triggers its reset
        assertEquals(first, again);
        List<Integer> held = determiner.idleSessionCaseCounts();
        if (held.isEmpty()) {
            // The shared determiner's session was just reset (other tests' calls made the count a multiple of the
            // reset size): one more call must start a kept session again.
            determiner.determine(GoldenScenario.all().get(0).incident(), GoldenScenario.all().get(0).asOf());
            held = determiner.idleSessionCaseCounts();
        }
        assertFalse(held.isEmpty(), "sessions should be kept for reuse");
        for (int cases : held) {
            assertTrue(cases >= 1 && cases < SessionPool.CASES_PER_SESSION, "a kept session holds " + cases
                    + " cases; it is reset at " + SessionPool.CASES_PER_SESSION);
        }
    }
}
