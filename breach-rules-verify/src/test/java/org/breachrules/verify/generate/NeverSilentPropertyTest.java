package org.breachrules.verify.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.MissingFact;
import org.breachrules.api.Notification;
import org.breachrules.api.OralStatement;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.WrittenStatement;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;

/**
 * Property: the engine is never silent about a fact it could not see. Generated incidents (the benchmark mix with the
 * format 1.1 and 1.2 facts, contradictions included) lose one
 * fact at a time; whenever the answer changes (outcome, basis, or any obligation's recipient, state, deadline or
 * substitute notice), the determination without the fact must name it in {@code missingFacts}. The seed is printed;
 * rerun one with {@code -Dbreachrules.seed=N}.
 */
class NeverSilentPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final int INCIDENTS = 400;

    /** A fact an incident can lack, and how to take it away (null when the incident does not have it). */
    private record Removal(String field, UnaryOperator<Incident> remove) {
    }

    private static final List<Removal> REMOVALS = List.of(
            new Removal("affected.byJurisdiction", i -> i.affected() == null || i.affected().byJurisdiction().isEmpty()
                    ? null : i.toBuilder().affected(withAffected(i.affected(), true, false)).build()),
            new Removal("affected.insufficientContactInfo", i -> i.affected() == null
                    || i.affected().insufficientContactInfo() == null
                    ? null : i.toBuilder().affected(withAffected(i.affected(), false, true)).build()),
            new Removal("riskAssessment", i -> i.riskAssessment() == null
                    ? null : i.toBuilder().riskAssessment(null).build()),
            new Removal("riskAssessment.acquiredOrViewed", i -> i.riskAssessment() == null
                    || i.riskAssessment().acquiredOrViewed() == AcquiredOrViewed.UNKNOWN
                    ? null : i.toBuilder().riskAssessment(unknownAcquired(i.riskAssessment())).build()),
            new Removal("lawEnforcementDelay.oral.official", i -> i.lawEnforcementDelay() == null
                    || i.lawEnforcementDelay().oral() == null || i.lawEnforcementDelay().oral().official() == null
                    ? null : i.toBuilder().lawEnforcementDelay(new LawEnforcementDelay(
                            new OralStatement(i.lawEnforcementDelay().oral().statedOn(), null),
                            i.lawEnforcementDelay().written())).build()),
            new Removal("lawEnforcementDelay.written.delayUntil", i -> i.lawEnforcementDelay() == null
                    || i.lawEnforcementDelay().written() == null
                    ? null : i.toBuilder().lawEnforcementDelay(new LawEnforcementDelay(i.lawEnforcementDelay().oral(),
                            new WrittenStatement(i.lawEnforcementDelay().written().statedOn(), null))).build()),
            new Removal("riskAssessment.forensicEvidence", i -> i.riskAssessment() == null
                    || i.riskAssessment().forensicEvidence() == null
                    ? null : i.toBuilder().riskAssessment(withoutForensics(i.riskAssessment())).build()),
            new Removal("reporter.contractualNotificationDays", i -> i.reporter().contractualNotificationDays() == null
                    ? null : i.toBuilder().reporter(new Reporter(i.reporter().role(), i.reporter().name(), null))
                            .build()));

    @Test
    void whenAFactIsRemoved_thenTheAnswerStaysOrTheFactIsNamed() {
        long seed = Long.getLong("breachrules.seed", System.nanoTime());
        System.out.println("NeverSilentPropertyTest seed=" + seed + " (rerun with -Dbreachrules.seed=" + seed + ")");
        BreachDeterminer engine = DroolsBreachDeterminer.builtIn();
        List<String> silent = new ArrayList<>();
        int removals = 0;
        int changed = 0;
        for (Incident incident : new IncidentGenerator(seed, AS_OF).withFormat12Facts().next(INCIDENTS)) {
            Determination full = engine.determine(incident, AS_OF);
            for (Removal removal : REMOVALS) {
                Incident without = removal.remove().apply(incident);
                if (without == null) {
                    continue;
                }
                removals++;
                Determination d = engine.determine(without, AS_OF);
                if (answer(full).equals(answer(d))) {
                    continue;
                }
                changed++;
                boolean named = d.missingFacts().stream().map(MissingFact::field)
                        .anyMatch(f -> f.equals(removal.field()));
                if (!named) {
                    silent.add(incident.id() + " without " + removal.field() + ": " + answer(full) + " -> "
                            + answer(d) + "; missing facts " + d.missingFacts().stream().map(MissingFact::field).toList());
                }
            }
        }
        System.out.println("NeverSilentPropertyTest: " + removals + " removals, " + changed + " changed the answer");
        assertTrue(removals > INCIDENTS / 2, "the mix exercises removals: " + removals);
        assertTrue(changed > 0, "some removal changes the answer, or the property proves nothing");
        assertTrue(silent.isEmpty(), () -> "seed " + seed + ": silent about a removed fact:\n  "
                + String.join("\n  ", silent));
    }

    /** What a privacy officer acts on: the outcome and, per obligation, who, where, by when, and how. */
    private static List<Object> answer(Determination d) {
        List<Object> out = new ArrayList<>();
        out.add(d.breach());
        out.add(d.basis());
        for (Notification n : d.notifications()) {
            out.add(n.recipient() + "/" + n.jurisdiction() + "/" + n.deadline() + "/" + n.status() + "/"
                    + Objects.toString(n.substituteNotice()));
        }
        return out;
    }

    private static Affected withAffected(Affected a, boolean dropStates, boolean dropContact) {
        return new Affected(a.total(), dropStates ? null : a.byJurisdiction(),
                dropContact ? null : a.insufficientContactInfo(), a.imminentMisuse(), a.totalIsEstimate(),
                a.deceased(), a.deceasedWithoutNextOfKinContact());
    }

    private static RiskAssessment withoutForensics(RiskAssessment r) {
        return new RiskAssessment(r.phiTypes(), r.recipient(), r.acquiredOrViewed(), r.mitigations(),
                r.deliberateMisuse(), r.completedOn(), null);
    }

    private static RiskAssessment unknownAcquired(RiskAssessment r) {
        return new RiskAssessment(r.phiTypes(), r.recipient(), AcquiredOrViewed.UNKNOWN, r.mitigations(),
                r.deliberateMisuse(), r.completedOn(), r.forensicEvidence());
    }
}
