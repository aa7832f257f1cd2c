package org.breachrules.drools;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.drools.facts.Case;
import org.breachrules.drools.facts.Conclusion;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Drools implementation of {@link BreachDeterminer}. The rule base is built once, when the determiner is
 * created, and shared; every call evaluates in a session of its own. Thread-safe: create one and share it.
 *
 * <pre>{@code
 * BreachDeterminer determiner = DroolsBreachDeterminer.builtIn();
 * Determination d = determiner.determine(incident, LocalDate.of(2027, 3, 2));
 * }</pre>
 */
public final class DroolsBreachDeterminer implements BreachDeterminer {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsBreachDeterminer.class);

    private final KieBase kieBase;
    private final String rulesVersion;

    DroolsBreachDeterminer(KieBase kieBase, String rulesVersion) {
        this.kieBase = kieBase;
        this.rulesVersion = rulesVersion;
    }

    /** A determiner running the built-in, precompiled rules (the federal defaults). */
    public static DroolsBreachDeterminer builtIn() {
        long start = System.nanoTime();
        DroolsBreachDeterminer determiner = new DroolsBreachDeterminer(PrecompiledModel.load(),
                RulesDigest.of("builtin", BuiltInRules.sources()));
        LOG.debug("built-in rules {} loaded in {} ms", determiner.rulesVersion,
                (System.nanoTime() - start) / 1_000_000);
        return determiner;
    }

    @Override
    public Determination determine(Incident incident, LocalDate asOf) {
        IncidentValidator.requireValid(incident, asOf);
        return evaluate(List.of(new Case(incident, asOf))).get(0);
    }

    @Override
    public String rulesVersion() {
        return rulesVersion;
    }

    /** The rule base, for tools that inspect the rules (names and citations). */
    public KieBase kieBase() {
        return kieBase;
    }

    /** Evaluates the cases in one session; the rules key every conclusion to its case, so cases never mix. */
    List<Determination> evaluate(List<Case> cases) {
        Map<Case, List<Conclusion>> byCase = new IdentityHashMap<>();
        for (Case c : cases) {
            byCase.put(c, new ArrayList<>());
        }
        KieSession session = kieBase.newKieSession();
        try {
            for (Case c : cases) {
                session.insert(c);
            }
            session.fireAllRules();
            for (Object fact : session.getObjects(o -> o instanceof Conclusion)) {
                Conclusion conclusion = (Conclusion) fact;
                byCase.get(conclusion.getForCase()).add(conclusion);
            }
        } catch (BreachRulesException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BreachRulesException("evaluating the rules failed: " + rootMessage(e), e);
        } finally {
            session.dispose();
        }
        List<Determination> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            Determination d = DeterminationAssembler.assemble(c, byCase.get(c), rulesVersion);
            LOG.debug("incident {}: basis {}, {} notification(s), {} finding(s)", d.incidentId(), d.basis(),
                    d.notifications().size(), d.findings().size());
            out.add(d);
        }
        return out;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
