package org.breachrules.drools;

import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.breachrules.api.BreachRulesException;
import org.breachrules.drools.facts.Case;
import org.breachrules.drools.facts.Conclusion;
import org.breachrules.drools.facts.OrganisationPolicy;
import org.breachrules.drools.facts.Policy;
import org.breachrules.drools.facts.StateLawFacts;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The sessions one determiner evaluates in, and how the rules are fired in them. Sessions are kept between calls,
 * each holding the policy and the cases of its last few calls: a call borrows one and adds its case, and a session
 * that has held {@value #CASES_PER_SESSION} cases is reset as a whole (disposing a pooled session resets it into the
 * pool). The rules key every fact to its case, so earlier cases change no answer; one reset is cheaper than retracting
 * each case, which truth maintenance does fact by fact (measured: see docs/performance.md). Until then an idle
 * session keeps references to at most {@value #CASES_PER_SESSION} - 1 recent incidents in memory ({@link #close()}
 * releases them); nothing is logged. Thread-safe.
 */
final class SessionPool {
    /**
     * How many cases a session holds before it is reset, for single calls and in each batch. Measured on one thread:
     * for single calls 16 was fastest (8 and 32 about 3 % slower, 64 about 10 %); batches did as well from 8 to 64.
     */
    static final int CASES_PER_SESSION = 16;
    /**
     * The most rule firings one incident may take. The built-in rules take about 20; a tuned rule that keeps
     * re-triggering itself would otherwise never end.
     */
    static final int MAX_FIRINGS_PER_INCIDENT = 10_000;
    /**
     * The longest tuned rules may take for one incident, checked before each firing (the built-in rules take well under
     * a millisecond). Tuned rules cannot loop or wait within one firing (the allow-list refuses loops, lambdas,
     * threads and monitors), so this bounds a rule set that fires slowly many times.
     */
    static final long MAX_MILLIS_PER_INCIDENT = 10_000L;
    /** The global through which state-law.drl reads the state data (never inserted as facts). */
    static final String STATE_LAW_GLOBAL = "stateLaw";
    /**
     * Disposes a pool's sessions once it is unreachable (its determiner is). A session that is never disposed stays
     * reachable from the engine's own bookkeeping and keeps its whole rule base (heap and generated classes): a host
     * that rebuilds tuned rules on a schedule would leak without this (measured: 4.4 MB and about 450 classes a
     * rebuild, none unloaded).
     */
    private static final Cleaner CLEANER = Cleaner.create();

    private final KieBase kieBase;
    /** The sessions behind {@link #idle} and the batches: reset, not rebuilt. */
    private final KieSessionsPool pool;
    /** Sessions kept between single calls, each with how many cases it holds. */
    private final Deque<Lane> idle = new ConcurrentLinkedDeque<>();
    /** The organisation's policy values, one fact in every session (inserted again after a reset). */
    private final OrganisationPolicy organisation;
    /** The state-law data, the global of every session, shared by its cases. */
    private final StateLawFacts stateLaw;
    /** Whether the rules declare the state-law global (a tuned rule base without state-law.drl does not). */
    private final boolean usesStateLaw;
    /**
     * Whether firing is bounded. Tuned rules are: a rule set that does not settle fails with a clear error instead of
     * hanging. The built-in rules are known to settle (every golden scenario and property test shows it) and run
     * unbounded, which measured faster on one thread.
     */
    private final boolean bounded;
    /** Disposes the sessions, once: on {@link #close()} or, failing that, when this pool is unreachable. */
    private final Cleaner.Cleanable release;

    SessionPool(KieBase kieBase, OrganisationPolicy organisation, StateLawFacts stateLaw, boolean bounded) {
        this.kieBase = kieBase;
        this.pool = kieBase.newKieSessionsPool(1);
        this.organisation = organisation;
        this.stateLaw = stateLaw;
        this.usesStateLaw = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(STATE_LAW_GLOBAL)));
        this.bounded = bounded;
        this.release = CLEANER.register(this, new Release(idle, pool));
    }

    /** A pooled session kept between calls, and how many cases it has held since it was last reset. */
    private static final class Lane {
        final KieSession session;
        int cases;

        Lane(KieSession session) {
            this.session = session;
        }
    }

    /** The clean-up of one pool: it holds the sessions, never the pool. */
    private record Release(Deque<Lane> idle, KieSessionsPool pool) implements Runnable {
        @Override
        public void run() {
            for (Lane lane; (lane = idle.pollFirst()) != null; ) {
                lane.session.dispose();
            }
            pool.shutdown();
        }
    }

    /** The time limit in force: {@value #MAX_MILLIS_PER_INCIDENT} ms, or the system property a host or test sets. */
    static long maxMillisPerIncident() {
        return Math.max(1, Long.getLong("breachrules.maxMillisPerIncident", MAX_MILLIS_PER_INCIDENT));
    }

    /** Releases the sessions now; idempotent. */
    void close() {
        release.clean();
    }

    /**
     * Evaluates the cases in a kept session, beside the cases of its earlier calls. A session that has held
     * {@value #CASES_PER_SESSION} cases, or that failed, is reset.
     */
    Map<Case, List<Conclusion>> inKeptSession(List<Case> cases) {
        Lane lane = idle.pollFirst();
        if (lane == null) {
            lane = new Lane(pooledSession());
        }
        boolean keep = false;
        try {
            Map<Case, List<Conclusion>> byCase = run(lane.session, cases);
            lane.cases += cases.size();
            keep = lane.cases < CASES_PER_SESSION;
            return byCase;
        } finally {
            if (keep) {
                idle.offerFirst(lane);
            } else {
                lane.session.dispose(); // resets it into the pool
            }
        }
    }

    /**
     * Evaluates the cases {@value #CASES_PER_SESSION} to a pooled session, each reset as a whole afterwards instead of
     * retracting each case (measured faster).
     */
    Map<Case, List<Conclusion>> inBatches(List<Case> cases) {
        Map<Case, List<Conclusion>> byCase = new IdentityHashMap<>(cases.size() * 2);
        for (int from = 0; from < cases.size(); from += CASES_PER_SESSION) {
            KieSession session = pooledSession();
            try {
                byCase.putAll(run(session, cases.subList(from, Math.min(cases.size(), from + CASES_PER_SESSION))));
            } finally {
                session.dispose();
            }
        }
        return byCase;
    }

    /** Evaluates the cases in a session of their own, with a listener that watches the rules fire. */
    Map<Case, List<Conclusion>> inOwnSession(List<Case> cases, AgendaEventListener listener) {
        KieSession session = kieBase.newKieSession();
        try {
            insertShared(session);
            session.addEventListener(listener);
            return run(session, cases);
        } finally {
            session.dispose();
        }
    }

    /**
     * The Policy fact the rules insert before any incident is given (policy.drl, built-in or tuned).
     *
     * @throws BreachRulesException when the rules insert none or more than one, or loop on the policy
     */
    Policy readPolicy() {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(organisation);
            if (!bounded) {
                fireCounted(session, Integer.MAX_VALUE);
            } else if (fireCounted(session, MAX_FIRINGS_PER_INCIDENT) >= MAX_FIRINGS_PER_INCIDENT) {
                throw new BreachRulesException("the rules fired " + MAX_FIRINGS_PER_INCIDENT + " times before any"
                        + " incident was given, without settling: a rule loops on the policy (a tuned rule that"
                        + " inserts or changes what it matches?)");
            }
            List<Object> found = new ArrayList<>(session.getObjects(o -> o instanceof Policy));
            if (found.size() != 1) {
                throw new BreachRulesException("the rules insert " + found.size() + " Policy facts; exactly one is"
                        + " required (policy.drl)");
            }
            return (Policy) found.get(0);
        } finally {
            session.dispose();
        }
    }

    /** The number of cases each idle session holds (tests: always fewer than {@value #CASES_PER_SESSION}). */
    List<Integer> idleCaseCounts() {
        return idle.stream().map(lane -> lane.cases).toList();
    }

    /**
     * A session from the pool, with the organisation's values and the state-law data (a reset pooled session holds no
     * fact): inserted once here, shared by every case the session holds until its next reset.
     */
    private KieSession pooledSession() {
        KieSession session = pool.newKieSession();
        insertShared(session);
        return session;
    }

    private void insertShared(KieSession session) {
        session.insert(organisation);
        if (usesStateLaw) {
            session.setGlobal(STATE_LAW_GLOBAL, stateLaw);
        }
    }

    /** Inserts the cases, fires the rules and collects each case's conclusions; a failure is a BreachRulesException. */
    private Map<Case, List<Conclusion>> run(KieSession session, List<Case> cases) {
        try {
            for (Case c : cases) {
                session.insert(c);
            }
            fireBounded(session, cases.size());
            return collect(session, cases);
        } catch (BreachRulesException e) {
            throw e;
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                if (t instanceof BreachRulesException b) {
                    throw b; // a bound this engine set (time), wrapped by the engine's own exception
                }
            }
            throw new BreachRulesException("evaluating the rules failed: " + rootMessage(e), e);
        } catch (StackOverflowError e) {
            throw new BreachRulesException("the rules ran out of stack (a rule that calls itself without end?); the"
                    + " evaluation was stopped");
        } catch (OutOfMemoryError e) {
            throw new BreachRulesException("the rules ran out of memory (a rule that builds something without"
                    + " bound?); the evaluation was stopped");
        }
    }

    /**
     * The conclusions in the session, by the case they are about: for each case, every conclusion its rules reached
     * less those truth maintenance retracted since. Cheaper than scanning every fact of the session.
     */
    private static Map<Case, List<Conclusion>> collect(KieSession session, List<Case> cases) {
        Map<Case, List<Conclusion>> byCase = new IdentityHashMap<>(cases.size() * 2);
        for (Case c : cases) {
            List<Conclusion> reached = c.conclusionsReached();
            List<Conclusion> standing = new ArrayList<>(reached.size());
            for (Conclusion conclusion : reached) {
                if (session.getFactHandle(conclusion) != null) {
                    standing.add(conclusion);
                }
            }
            byCase.put(c, standing);
        }
        return byCase;
    }

    /** Fires the rules, within the firing and time limits unless the rules are the built-in ones. */
    private void fireBounded(KieSession session, int incidents) {
        if (!bounded) {
            session.fireAllRules();
            return;
        }
        int limit = MAX_FIRINGS_PER_INCIDENT * Math.max(1, incidents);
        long millis = maxMillisPerIncident();
        long deadline = System.nanoTime() + millis * 1_000_000L * Math.max(1, incidents);
        AgendaFilter clock = match -> {
            if (System.nanoTime() - deadline > 0) {
                throw new BreachRulesException("the rules ran for more than " + (millis % 1000 == 0 ? millis / 1000
                        + " s" : millis + " ms") + " for " + incidents + " incident(s) and were stopped (a slow or looping tuned rule?)");
            }
            return true;
        };
        if (session.fireAllRules(clock, limit) >= limit) {
            throw new BreachRulesException("the rules fired " + limit + " times for " + incidents + " incident(s)"
                    + " without settling: a rule loops (a tuned rule that inserts or changes what it matches?)");
        }
    }

    /** At most {@code max} firings; returns how many there were. A failure is reported by its cause. */
    private static int fireCounted(KieSession session, int max) {
        try {
            return session.fireAllRules(max);
        } catch (StackOverflowError e) {
            throw new BreachRulesException("the rules ran out of stack before any incident was given (a rule that"
                    + " calls itself without end?)");
        } catch (RuntimeException e) {
            Throwable t = e;
            while (t.getCause() != null && t.getCause() != t) {
                t = t.getCause();
            }
            if (t instanceof BreachRulesException b) {
                throw b;
            }
            throw new BreachRulesException("evaluating the rules failed: " + rootMessage(e), e);
        }
    }

    /**
     * The root failure in words that hold no incident data: its type, and its message only by length. A rule's
     * exception message can carry anything the rule read (an id, a name); the cause, with its message, stays on the
     * exception for a host that logs it deliberately (the CLI's {@code --debug}).
     */
    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isEmpty() ? ""
                : " (its message, " + message.length() + " characters, is not shown: it may hold incident data)");
    }
}
