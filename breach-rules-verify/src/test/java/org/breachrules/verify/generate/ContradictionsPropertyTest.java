package org.breachrules.verify.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Basis;
import org.breachrules.api.DataState;
import org.breachrules.api.Determination;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.MissingFact;
import org.breachrules.api.RecipientType;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;

/**
 * Property (format 1.2): no low probability of compromise and no safe harbor rests on a contradicted fact, and every
 * contradiction that reached the assessment is named in {@code missingFacts}. Generated incidents with the 1.2 facts,
 * contradictions included. The seed is printed; rerun one with {@code -Dbreachrules.seed=N}.
 */
class ContradictionsPropertyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final int INCIDENTS = 3000;
    private static final Set<RecipientType> TRUSTED = Set.of(RecipientType.HIPAA_COVERED_ENTITY,
            RecipientType.BUSINESS_ASSOCIATE, RecipientType.WORKFORCE_SAME_ENTITY, RecipientType.GOVERNMENT_AGENCY);

    @Test
    void whenFactsContradictEachOther_thenNoConfidentNoBreachRestsOnThemAndEachIsNamed() {
        long seed = Long.getLong("breachrules.seed", System.nanoTime());
        System.out.println("ContradictionsPropertyTest seed=" + seed + " (rerun with -Dbreachrules.seed=" + seed + ")");
        DroolsBreachDeterminer engine = DroolsBreachDeterminer.builtIn();
        List<String> wrong = new ArrayList<>();
        int contradictions = 0;
        for (Incident i : new IncidentGenerator(seed, AS_OF).withFormat12Facts().next(INCIDENTS)) {
            Determination d = engine.determine(i, AS_OF);
            boolean assessed = d.basis() == Basis.LOW_PROBABILITY_OF_COMPROMISE
                    || d.basis() == Basis.RISK_ASSESSMENT_NOT_LOW;
            boolean low = d.basis() == Basis.LOW_PROBABILITY_OF_COMPROMISE;
            var ra = i.riskAssessment();
            if (ra != null && i.ransomware() && TRUSTED.contains(ra.recipient())) {
                contradictions++;
                check(wrong, i, !low, "ransomware with a trusted recipient rebutted the presumption");
                check(wrong, i, !assessed || named(d, "riskAssessment.recipient"), "recipient not named");
            }
            if (ra != null && i.exception() != null
                    && i.exception().type() == ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS
                    && Boolean.FALSE.equals(i.exception().goodFaith()) && ra.deliberateMisuse() == null) {
                contradictions++;
                check(wrong, i, !assessed || d.riskAssessment().unauthorizedRecipient()
                        == org.breachrules.api.RiskLevel.HIGH, "bad faith not taken as deliberate");
                check(wrong, i, !assessed || named(d, "riskAssessment.deliberateMisuse"), "deliberateMisuse not named");
            }
            if (ra != null && i.ransomware() && ra.acquiredOrViewed() == AcquiredOrViewed.NO
                    && ra.forensicEvidence() == null) {
                contradictions++;
                check(wrong, i, !assessed || d.riskAssessment().acquiredOrViewed() == org.breachrules.api.RiskLevel.HIGH,
                        "ransomware 'not acquired' counted without forensic evidence");
                check(wrong, i, !assessed || named(d, "riskAssessment.forensicEvidence"), "forensic evidence not named");
            }
            var enc = i.safeguards() == null ? null : i.safeguards().encryption();
            if (enc != null && d.basis() == Basis.SECURED_BY_ENCRYPTION) {
                DataState state = enc.dataState();
                boolean covers = enc.standard() == EncryptionStandard.FIPS_140_VALIDATED
                        || (enc.standard() == EncryptionStandard.NIST_SP_800_111 && state != DataState.IN_MOTION)
                        || state == DataState.IN_MOTION;
                check(wrong, i, covers, "secured by a standard that does not cover the data's state");
            }
        }
        System.out.println("ContradictionsPropertyTest: " + contradictions + " contradictions among " + INCIDENTS);
        assertTrue(contradictions > 50, "the mix draws contradictions, or the property proves nothing: "
                + contradictions);
        assertTrue(wrong.isEmpty(), () -> "seed " + seed + ":\n  " + String.join("\n  ", wrong));
    }

    private static boolean named(Determination d, String field) {
        return d.missingFacts().stream().map(MissingFact::field).anyMatch(field::equals);
    }

    private static void check(List<String> wrong, Incident i, boolean ok, String what) {
        if (!ok) {
            wrong.add(i.id() + ": " + what);
        }
    }
}
