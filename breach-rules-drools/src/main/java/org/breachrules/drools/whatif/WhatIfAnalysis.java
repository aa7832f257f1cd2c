package org.breachrules.drools.whatif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.breachrules.api.Basis;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Finding;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.api.WhatIf;
import org.breachrules.api.WhyNot;
import org.breachrules.drools.DroolsBreachDeterminer;

/**
 * What would change the answer. Evaluates a fixed catalogue of single changes of fact (each accepted encryption
 * standard, each exception, each risk factor moved one step, each count moved across a threshold in force, ...)
 * with the same rules, and keeps the changes that alter the outcome, the basis or an obligation, most consequential
 * first. The determination it explains is evaluated exactly as without it and is never changed.
 *
 * <pre>{@code
 * WhatIfAnalysis whatIf = WhatIfAnalysis.of(DroolsBreachDeterminer.builtIn());
 * Determination d = whatIf.determine(incident, LocalDate.of(2026, 11, 20));
 * List<String> sentences = d.whatIf().stream().map(WhatIf::message).toList();
 * }</pre>
 *
 * <p>A change the validator would refuse (for example more residents of one state than affected in total, or a
 * discovery date after the evaluation date) is not tried. Thread-safe, as the determiner is.
 */
public final class WhatIfAnalysis {
    private final DroolsBreachDeterminer determiner;

    private WhatIfAnalysis(DroolsBreachDeterminer determiner) {
        this.determiner = Objects.requireNonNull(determiner, "determiner");
    }

    /** The analysis with the determiner's rules and policy (tuned rules give tuned what-ifs). */
    public static WhatIfAnalysis of(DroolsBreachDeterminer determiner) {
        return new WhatIfAnalysis(determiner);
    }

    /**
     * The determination with its what-ifs attached ({@link Determination#whatIf()}).
     *
     * @throws org.breachrules.api.InvalidIncidentException when the incident is invalid, listing every problem
     */
    public Determination determine(Incident incident, LocalDate asOf) {
        Determination base = determiner.determine(incident, asOf);
        return base.withWhatIf(whatIf(incident, asOf, base));
    }

    /**
     * A determiner that attaches what-ifs to every determination, for code written against {@link BreachDeterminer}
     * (a stream, a batch): {@code determineAll} evaluates the batch as the underlying determiner does, then the
     * what-ifs of each incident.
     */
    public BreachDeterminer asDeterminer() {
        return new BreachDeterminer() {
            @Override
            public Determination determine(Incident incident, LocalDate asOf) {
                return WhatIfAnalysis.this.determine(incident, asOf);
            }

            @Override
            public List<Determination> determineAll(List<Incident> incidents, LocalDate asOf) {
                List<Determination> plain = determiner.determineAll(incidents, asOf);
                List<Determination> out = new ArrayList<>(plain.size());
                for (int i = 0; i < plain.size(); i++) {
                    out.add(plain.get(i).withWhatIf(whatIf(incidents.get(i), asOf, plain.get(i))));
                }
                return out;
            }

            @Override
            public String rulesVersion() {
                return determiner.rulesVersion();
            }
        };
    }

    /** The what-ifs for an incident and the determination the determiner gave it on that date. */
    public List<WhatIf> whatIf(Incident incident, LocalDate asOf, Determination base) {
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : Catalogue.of(incident, determiner.policy(), determiner::stateMinimums)) {
            if (IncidentValidator.validate(c.incident(), asOf).isEmpty()) {
                candidates.add(c);
            }
        }
        List<Determination> results = determiner.determineAll(
                candidates.stream().map(Candidate::incident).toList(), asOf);
        List<Comparison.Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Comparison.Ranked r = Comparison.of(candidates.get(i), base, results.get(i));
            if (r != null) {
                ranked.add(r);
            }
        }
        // Open facts lead, then evidence, then thresholds; within each, the most consequential first (stable:
        // catalogue order within).
        ranked.sort(Comparator.comparingInt((Comparison.Ranked r) -> r.whatIf().kind().ordinal())
                .thenComparingInt(r -> -r.weight()));
        return ranked.stream().map(Comparison.Ranked::whatIf).toList();
    }

    /**
     * Why not: for a breach, each path to "not a breach" with the determination's own findings that block it and the
     * single changes that would open it; for "not a breach", the path taken with the changes that would make it a
     * breach (the facts it rests on).
     *
     * @param d a determination with its what-ifs ({@link #determine})
     */
    public List<WhyNot> whyNot(Determination d) {
        List<WhatIf> whatIfs = d.whatIf() == null ? List.of() : d.whatIf();
        if (!d.breach()) {
            return List.of(new WhyNot(d.basis(), true, List.of(),
                    whatIfs.stream().filter(WhatIf::breach).toList()));
        }
        List<WhyNot> out = new ArrayList<>();
        for (Path path : Path.values()) {
            List<Finding> blockedBy = d.findings().stream()
                    .filter(f -> path.files.contains(determiner.ruleFile(f.rule()))).toList();
            List<WhatIf> opening = whatIfs.stream().filter(w -> !w.breach() && w.basis() == path.basis).toList();
            out.add(new WhyNot(path.basis, false, blockedBy, opening));
        }
        return out;
    }

    /** The paths to "not a breach", in decision order, with the rule file that decides each. */
    private enum Path {
        NO_PHI(List.of("scope.drl"), Basis.NO_PHI),
        PERMITTED(List.of("scope.drl"), Basis.PERMITTED_BY_PRIVACY_RULE),
        ENCRYPTION(List.of("safe-harbor.drl"), Basis.SECURED_BY_ENCRYPTION),
        DESTRUCTION(List.of("safe-harbor.drl"), Basis.SECURED_BY_DESTRUCTION),
        UNINTENTIONAL_ACCESS(List.of("exceptions.drl"), Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS),
        INADVERTENT_DISCLOSURE(List.of("exceptions.drl"), Basis.EXCEPTION_INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED),
        COULD_NOT_RETAIN(List.of("exceptions.drl"), Basis.EXCEPTION_RECIPIENT_COULD_NOT_RETAIN),
        LOW_PROBABILITY(List.of("election.drl", "risk-assessment.drl", "outcome.drl"),
                Basis.LOW_PROBABILITY_OF_COMPROMISE);

        final List<String> files;
        final Basis basis;

        Path(List<String> files, Basis basis) {
            this.files = files;
            this.basis = basis;
        }
    }
}
