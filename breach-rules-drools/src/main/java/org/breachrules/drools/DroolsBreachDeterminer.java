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
import org.breachrules.drools.facts.OrganisationPolicy;
import org.breachrules.drools.facts.Policy;
import org.breachrules.drools.facts.StateLawFacts;
import org.breachrules.states.InvalidStateLawException;
import org.breachrules.states.StateLaws;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
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
public final class DroolsBreachDeterminer implements BreachDeterminer, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DroolsBreachDeterminer.class);

    private final KieBase kieBase;
    /**
     * Sessions kept between calls ({@link #determine}), each holding the policy and the cases of its last few calls.
     * A call borrows one and adds its case; a session that has held {@value #CASES_PER_SESSION} cases is reset as a
     * whole (disposing a pooled session resets it into {@link #pool}). The rules key every fact to its case, so
     * earlier cases change no answer; one reset is cheaper than retracting each case, which truth maintenance does
     * fact by fact (measured: see docs/performance.md). Until then an idle session keeps references to at most
     * {@value #CASES_PER_SESSION} - 1 recent incidents in memory ({@link #close()} releases them); nothing is logged.
     */
    private final java.util.concurrent.ConcurrentLinkedDeque<Lane> idle =
            new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** The sessions behind {@link #idle} and {@link #determineAll}'s batches: reset, not rebuilt. */
    private final org.kie.api.runtime.KieSessionsPool pool;
    private final String rulesVersion;
    private final RuleOrder ruleOrder;

    /** The organisation's own policy values, one fact in every session (none: the federal defaults). */
    private final OrganisationPolicy organisation;
    /** The DRL sources this determiner runs, file name to text (evidence bundles store them). */
    private final Map<String, String> sources;
    /**
     * The state-law data as facts, inserted once into every session (and again after a reset), shared by its cases;
     * with the tuned {@code XX.json} files that replaced built-in ones (empty: the built-in data).
     */
    private final StateLawFacts stateLaw;
    /** Whether the rules declare the state-law global (a tuned rule base without state-law.drl does not). */
    private final boolean usesStateLaw;
    private final Map<String, String> stateFiles;

    /**
     * The exact rule sources this determiner runs: every DRL file by name, and {@code policy.properties} when the
     * organisation changed values. Together they reproduce this determiner ({@link #rulesVersion()} digests them).
     *
     * @return file name to text, in reading order
     */
    public Map<String, String> ruleSources() {
        if (organisation.isEmpty() && stateFiles.isEmpty()) {
            return sources;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(sources);
        if (!organisation.isEmpty()) {
            all.put(PolicyFile.NAME, organisation.source());
        }
        all.putAll(stateFiles);
        return java.util.Collections.unmodifiableMap(all);
    }

    DroolsBreachDeterminer(KieBase kieBase, Map<String, String> sources, String rulesVersion) {
        this(kieBase, sources, rulesVersion, OrganisationPolicy.NONE);
    }

    DroolsBreachDeterminer(KieBase kieBase, Map<String, String> sources, String rulesVersion,
                           OrganisationPolicy organisation) {
        this(kieBase, sources, rulesVersion, organisation, BuiltInStateLaw.FACTS, Map.of());
    }

    DroolsBreachDeterminer(KieBase kieBase, Map<String, String> sources, String rulesVersion,
                           OrganisationPolicy organisation, StateLawFacts stateLaw, Map<String, String> stateFiles) {
        this.kieBase = kieBase;
        this.stateLaw = stateLaw;
        this.usesStateLaw = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(STATE_LAW_GLOBAL)));
        this.stateFiles = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(stateFiles));
        this.organisation = organisation;
        this.sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        this.pool = kieBase.newKieSessionsPool(1);
        this.rulesVersion = rulesVersion;
        this.ruleOrder = RuleOrder.of(sources, kieBase);
        this.release = CLEANER.register(this, new Release(idle, pool));
    }

    /** Disposes the sessions, once: on {@link #close()} or, failing that, when the determiner is unreachable. */
    private final java.lang.ref.Cleaner.Cleanable release;
    private volatile boolean closed;
    /** The built-in determiner, shared by the whole JVM: never closed. Set once, before it is published. */
    private boolean shared;

    /**
     * Releases this determiner's sessions and rule base now rather than when it becomes unreachable; a host that
     * rebuilds tuned rules closes the old determiner. Afterwards every call throws {@link IllegalStateException}.
     * Closing the shared {@link #builtIn()} determiner does nothing: other parts of the host may use it.
     */
    @Override
    public void close() {
        if (shared || closed) {
            return;
        }
        closed = true;
        release.clean();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this determiner is closed; build a new one");
        }
    }

    /**
     * Disposes a determiner's sessions once the determiner itself is unreachable. A session that is never disposed
     * stays reachable from the engine's own bookkeeping and keeps its whole rule base (heap and generated classes):
     * a host that rebuilds tuned rules on a schedule would leak without this (measured: 4.4 MB and about 450 classes a
     * rebuild, none unloaded).
     */
    private static final java.lang.ref.Cleaner CLEANER = java.lang.ref.Cleaner.create();

    /** The clean-up of one determiner: it holds the sessions, never the determiner. */
    private record Release(java.util.Deque<Lane> idle, org.kie.api.runtime.KieSessionsPool pool)
            implements Runnable {
        @Override
        public void run() {
            for (Lane lane; (lane = idle.pollFirst()) != null; ) {
                lane.session.dispose();
            }
            pool.shutdown();
        }
    }

    /** A pooled session kept between calls, and how many cases it has held since it was last reset. */
    private static final class Lane {
        final KieSession session;
        int cases;

        Lane(KieSession session) {
            this.session = session;
        }
    }

    /**
     * How many cases a session holds before it is reset, in {@link #determine} and in each batch of
     * {@link #determineAll}. Measured on one thread: for {@code determine} 16 was fastest (8 and 32 about 3 % slower,
     * 64 about 10 %); for {@code determineAll} anything from 8 to 64 did as well.
     */
    static final int CASES_PER_SESSION = 16;

    /**
     * The determiner running the built-in, precompiled rules (the federal defaults). The rules never change, so every
     * call returns the same shared instance: calling it again builds nothing and keeps nothing more in memory.
     */
    public static DroolsBreachDeterminer builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** The shipped state-law data as facts, read once per JVM. */
    private static final class BuiltInStateLaw {
        static final StateLawFacts FACTS = StateLawFacts.of(StateLaws.builtIn());
    }

    /** Holds the one built-in determiner, made on first use. */
    private static final class BuiltIn {
        static final DroolsBreachDeterminer INSTANCE = load();

        private static DroolsBreachDeterminer load() {
            long start = System.nanoTime();
            Map<String, String> sources = BuiltInRules.sources();
            DroolsBreachDeterminer determiner = new DroolsBreachDeterminer(PrecompiledModel.load(), sources,
                    RulesDigest.of("builtin", sources));
            determiner.shared = true;
            LOG.debug("built-in rules {} loaded in {} ms", determiner.rulesVersion,
                    (System.nanoTime() - start) / 1_000_000);
            return determiner;
        }
    }

    /**
     * The determiner that the given rule sources describe ({@link #ruleSources()} of another one, as an evidence
     * bundle stores them): built-in files stay precompiled, changed or added ones are compiled, and
     * {@code policy.properties} supplies the organisation's values.
     *
     * @param sources file name to text
     * @param anyJava whether the files are trusted with any Java (see {@link Builder#allowAnyJava()})
     * @return the determiner
     */
    public static DroolsBreachDeterminer fromSources(Map<String, String> sources, boolean anyJava) {
        Builder builder = builder().files(sources);
        return anyJava ? builder.allowAnyJava().build() : builder.build();
    }

    /** A builder, for a determiner running tuned rules. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Determination determine(Incident incident, LocalDate asOf) {
        requireOpen();
        IncidentValidator.requireValid(incident, asOf);
        return evaluate(List.of(new Case(incident, asOf))).get(0);
    }

    /**
     * Determines each incident, in order. Every incident is validated first (all or none are evaluated); then they
     * are evaluated {@value #CASES_PER_SESSION} to a session, which is reset as a whole afterwards instead of
     * retracting each case (measured faster). The rules key every fact to its case, so the answers are exactly those
     * of {@link #determine} one by one.
     */
    @Override
    public List<Determination> determineAll(List<Incident> incidents, LocalDate asOf) {
        requireOpen();
        IncidentValidator.requireAllValid(incidents, asOf);
        List<Determination> out = new ArrayList<>(incidents.size());
        List<Case> batch = new ArrayList<>(CASES_PER_SESSION);
        for (Incident incident : incidents) {
            batch.add(new Case(incident, asOf));
            if (batch.size() == CASES_PER_SESSION) {
                out.addAll(evaluateBatch(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            out.addAll(evaluateBatch(batch));
        }
        return out;
    }

    /** Evaluates the cases in a pooled session, then resets the whole session (dispose returns it to the pool). */
    private List<Determination> evaluateBatch(List<Case> cases) {
        KieSession session = pooledSession();
        Map<Case, List<Conclusion>> byCase;
        try {
            byCase = run(session, cases);
        } finally {
            session.dispose();
        }
        return assemble(cases, byCase);
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

    /** The global through which state-law.drl reads the state data (never inserted as facts). */
    static final String STATE_LAW_GLOBAL = "stateLaw";

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

    @Override
    public String rulesVersion() {
        return rulesVersion;
    }

    /**
     * The file a rule is written in ({@code safe-harbor.drl}), or null for a rule no source names. Tools use it to
     * group findings by concern.
     */
    public String ruleFile(String ruleName) {
        return ruleOrder.file(ruleName);
    }

    /**
     * The fewest residents of {@code jurisdiction} that meet each threshold of its state-law duties (any version), in
     * ascending order: what-if moves a state's count to these and one short of them. Empty without data.
     */
    public java.util.SortedSet<Integer> stateMinimums(org.breachrules.api.Jurisdiction jurisdiction) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (org.breachrules.drools.facts.StateVersion v : stateLaw.versionsOf(jurisdiction)) {
            for (org.breachrules.drools.facts.StateDutyData d : v.getDuties()) {
                out.add(d.getDuty().threshold().fewestMeeting());
            }
        }
        return out;
    }

    /**
     * The policy in force: the values {@code policy.drl} (built-in or tuned) sets. Read from a session of this rule
     * base, so tuned values are returned as the rules see them.
     *
     * @throws BreachRulesException when the rules insert no policy, or more than one
     */
    public Policy policy() {
        Policy policy = this.policy;
        if (policy == null) {
            KieSession session = kieBase.newKieSession();
            try {
                session.insert(organisation);
                if (shared) {
                    fire(session);
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
                policy = (Policy) found.get(0);
            } finally {
                session.dispose();
            }
            this.policy = policy;
        }
        return policy;
    }

    private volatile Policy policy;

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

    /** The time limit in force: {@value #MAX_MILLIS_PER_INCIDENT} ms, or the system property a host or test sets. */
    static long maxMillisPerIncident() {
        return Math.max(1, Long.getLong("breachrules.maxMillisPerIncident", MAX_MILLIS_PER_INCIDENT));
    }

    /**
     * Fires the rules. Tuned rules are bounded: a rule set that does not settle fails with a clear error instead of
     * hanging. The built-in rules are known to settle (every golden scenario and property test shows it), and run
     * unbounded, which measured faster on one thread.
     */
    private void fireBounded(KieSession session, int incidents) {
        if (shared) {
            session.fireAllRules();
            return;
        }
        int limit = MAX_FIRINGS_PER_INCIDENT * Math.max(1, incidents);
        long millis = maxMillisPerIncident();
        long deadline = System.nanoTime() + millis * 1_000_000L * Math.max(1, incidents);
        org.kie.api.runtime.rule.AgendaFilter clock = match -> {
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

    /** Fires the rules; a failure in a consequence is reported by its cause (a policy value missing, say). */
    private static void fire(KieSession session) {
        fireCounted(session, Integer.MAX_VALUE);
    }

    /** As {@link #fire}, at most {@code max} firings; returns how many there were. */
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

    /** The rule base (tests that inspect the rules). Not public: the engine's internals are not part of the API. */
    KieBase kieBase() {
        return kieBase;
    }

    /**
     * Evaluates the cases in a kept session, beside the cases of its earlier calls; the rules key every conclusion to
     * its case, so cases never mix. A session that has held {@value #CASES_PER_SESSION} cases, or that failed, is
     * reset.
     */
    List<Determination> evaluate(List<Case> cases) {
        Lane lane = idle.pollFirst();
        if (lane == null) {
            lane = new Lane(pooledSession());
        }
        Map<Case, List<Conclusion>> byCase;
        boolean keep = false;
        try {
            byCase = run(lane.session, cases);
            lane.cases += cases.size();
            keep = lane.cases < CASES_PER_SESSION;
        } finally {
            if (keep) {
                idle.offerFirst(lane);
            } else {
                lane.session.dispose(); // resets it into the pool
            }
        }
        return assemble(cases, byCase);
    }

    /** As {@link #evaluate(List)}, in a session of its own, with a listener (not null) that watches the rules fire. */
    List<Determination> evaluate(List<Case> cases, AgendaEventListener listener) {
        KieSession session = kieBase.newKieSession();
        Map<Case, List<Conclusion>> byCase;
        try {
            insertShared(session);
            session.addEventListener(listener);
            byCase = run(session, cases);
        } finally {
            session.dispose();
        }
        return assemble(cases, byCase);
    }

    private List<Determination> assemble(List<Case> cases, Map<Case, List<Conclusion>> byCase) {
        List<Determination> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            Determination d = DeterminationAssembler.assemble(c, byCase.get(c), rulesVersion, ruleOrder,
                    stateLaw.checkedOn());
            if (LOG.isDebugEnabled()) {
                LOG.debug("incident {}: basis {}, {} notification(s), {} finding(s)", d.incidentId(), d.basis(),
                        d.notifications().size(), d.findings().size());
            }
            out.add(d);
        }
        return out;
    }

    /** The number of cases each idle session holds (tests: always fewer than {@value #CASES_PER_SESSION}). */
    List<Integer> idleSessionCaseCounts() {
        return idle.stream().map(lane -> lane.cases).toList();
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

    /**
     * Builds a determiner from the built-in rules with a compliance officer's changes: a DRL file with a built-in
     * file's name replaces it, a new name adds rules. The built-in rules stay precompiled when nothing is changed;
     * changed rules compile at start-up (the classic engine, about a second). A file that does not compile fails
     * the build with every problem's file and line, and no determiner is made.
     */
    public static final class Builder {
        private final Map<String, String> overrides = new java.util.LinkedHashMap<>();
        private final Map<String, String> stateFiles = new java.util.TreeMap<>();
        private OrganisationPolicy organisation = OrganisationPolicy.NONE;
        private boolean anyJava;
        /** A jar from {@link #writePrecompiled}, loaded instead of compiling DRL (null: none). */
        private java.nio.file.Path precompiled;
        /** Where compiled tuned rules are kept between runs, by rules version (null: no cache). */
        private java.nio.file.Path cache;

        private Builder() {
        }

        /**
         * Adds every {@code *.drl} file in {@code directory} (not its subfolders), replacing built-in files of the
         * same name.
         *
         * @throws BreachRulesException when the directory cannot be read or holds no DRL file
         */
        public Builder rulesDirectory(java.nio.file.Path directory) {
            RuleFiles.Folder folder = RuleFiles.readFolder(directory);
            overrides.putAll(folder.drl());
            stateFiles.putAll(folder.states());
            if (folder.policy() != null) {
                policy(PolicyFile.NAME, folder.policy());
            }
            return this;
        }

        /**
         * The organisation's own policy values, in the form of {@code policy.properties} (one {@code name = value}
         * a line): every value not named keeps the built-in default.
         *
         * @param fileName the name used in error messages
         * @param text     the file's text
         * @throws org.breachrules.api.InvalidRulesException naming each bad line (unknown name, bad value)
         */
        public Builder policy(String fileName, String text) {
            this.organisation = PolicyFile.parse(fileName, java.util.Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Replaces the built-in state-law file of one jurisdiction ({@code XX.json}, the format of
         * breach-rules-states) with the organisation's own, for example counsel's reading or a newer amendment.
         *
         * @throws IllegalArgumentException when the name is not a jurisdiction code and {@code .json}
         */
        public Builder stateLaw(String fileName, String json) {
            if (fileName == null || !StateLaws.isJurisdictionFile(fileName)) {
                throw new IllegalArgumentException("a state-law file is named XX.json, XX a jurisdiction code: "
                        + fileName);
            }
            stateFiles.put(fileName, java.util.Objects.requireNonNull(json, "json"));
            return this;
        }

        /** Adds one DRL source under a file name, replacing the built-in file of that name if there is one. */
        public Builder rules(String fileName, String drl) {
            if (fileName == null || !fileName.endsWith(".drl") || fileName.contains("/") || fileName.contains("\\")) {
                throw new IllegalArgumentException("a rule file name is a plain name ending in .drl: " + fileName);
            }
            overrides.put(fileName, java.util.Objects.requireNonNull(drl, "drl"));
            return this;
        }

        /**
         * Trusts the tuned DRL files with any Java. By default a tuned file may use only the API and fact classes,
         * {@code java.time} and {@code java.util}, with no loop and nothing that reaches outside the evaluation
         * (files, network, processes, threads, reflection, {@code System}); a file that does is refused with its
         * line. Call this only for a folder your organisation controls and reviews like source code.
         *
         * @return this builder
         */
        public Builder allowAnyJava() {
            this.anyJava = true;
            return this;
        }

        /**
         * Loads a tuned rules folder precompiled by {@link #writePrecompiled} ({@code compile-rules}): its classes,
         * policy values and state files, without the DRL compiler. The determiner names the same rules version as one
         * compiled from the folder. A jar compiled with {@link #allowAnyJava()} loads only with it too. A jar is
         * compiled code: load only jars built from folders you trust.
         *
         * @param jar the jar
         * @return this builder
         */
        public Builder precompiledRules(java.nio.file.Path jar) {
            this.precompiled = java.util.Objects.requireNonNull(jar, "jar");
            return this;
        }

        /**
         * Compiles the rules given so far (DRL files, policy values, state files) once, to the executable model, and
         * writes them with the folder's files to {@code jar} (replaced atomically), for {@link #precompiledRules}.
         * The allow-list applies as in {@link #build()}.
         *
         * @return the rules version a determiner loaded from the jar names
         * @throws org.breachrules.api.InvalidRulesException when a file does not compile or is refused
         */
        public String writePrecompiled(java.nio.file.Path jar) {
            Sources s = sources();
            Map<String, byte[]> compiled = Map.of();
            if (!s.all().equals(BuiltInRules.sources())) {
                checkTrusted();
                compiled = TuningModule.compiler().precompile(s.all(), s.digest());
            }
            PrecompiledRules.write(jar, compiled, folderFiles(), s.digest(), anyJava);
            LOG.info("tuned rules {} precompiled ({} classes)", s.digest(),
                    compiled.keySet().stream().filter(n -> n.endsWith(".class")).count());
            return s.digest();
        }

        /**
         * Keeps tuned DRL compiled in {@code directory} between runs: the first build of a folder compiles it to the
         * executable model (slower than a plain build, once) and stores the jar under its rules version and trust
         * mode; later builds of the same files load that jar (see {@link #precompiledRules}). An entry is used only
         * when its files digest to the same version and it was compiled under the same trust; writes are atomic, so
         * concurrent runs are safe. A cache that cannot be written is skipped (a warning), never an error.
         *
         * @param directory the cache folder (created when missing)
         * @return this builder
         */
        public Builder cache(java.nio.file.Path directory) {
            this.cache = java.util.Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** The rules version a determiner of this builder names, without compiling anything. */
        public String rulesVersion() {
            return sources().digest();
        }

        /** The determiner from the cache, compiling into it on a miss; null when the cache cannot be used. */
        private DroolsBreachDeterminer fromCache() {
            Sources s = sources();
            String key = s.digest().replaceAll("[^A-Za-z0-9]", "_") + (anyJava ? "-any-java" : "-allow-list") + ".jar";
            java.nio.file.Path jar = cache.resolve(key);
            if (!java.nio.file.Files.isRegularFile(jar)) {
                try {
                    java.nio.file.Files.createDirectories(cache);
                    writePrecompiled(jar);
                } catch (BreachRulesException | java.io.IOException e) {
                    if (e instanceof org.breachrules.api.InvalidRulesException invalid) {
                        throw invalid; // the folder's own fault, reported as any build reports it
                    }
                    LOG.warn("the rules cache {} cannot be written ({}); compiling without it", cache,
                            e.getClass().getSimpleName());
                    return null;
                }
            }
            java.nio.file.Path entry = precompiled;
            try {
                precompiled = jar;
                return loadPrecompiled();
            } catch (BreachRulesException e) {
                LOG.warn("the cached rules {} cannot be used ({}); compiling without the cache", key,
                        e.getClass().getSimpleName());
                return null;
            } finally {
                precompiled = entry;
            }
        }

        /**
         * Adds stored rule files by name (as {@link #ruleSources()} gives them): {@code policy.properties}, state-law
         * {@code XX.json} and DRL files, skipping a DRL file identical to the built-in one of its name.
         */
        private Builder files(Map<String, String> files) {
            Map<String, String> builtIn = BuiltInRules.sources();
            files.forEach((file, text) -> {
                if (PolicyFile.NAME.equals(file)) {
                    policy(file, text);
                } else if (StateLaws.isJurisdictionFile(file)) {
                    stateLaw(file, text);
                } else if (!text.equals(builtIn.get(file))) {
                    rules(file, text);
                }
            });
            return this;
        }

        /** The DRL sources a determiner of this builder runs, and the rules version they digest to. */
        private record Sources(Map<String, String> all, String digest) {
        }

        private Sources sources() {
            Map<String, String> sources = new java.util.LinkedHashMap<>(BuiltInRules.sources());
            new java.util.TreeMap<>(overrides).forEach(sources::put);
            Map<String, String> digested = new java.util.LinkedHashMap<>(sources);
            digested.putAll(folderFiles());
            return new Sources(sources, RulesDigest.of("tuned", digested));
        }

        /** The tuned folder's files as given: DRL, policy.properties (when values changed) and XX.json. */
        private Map<String, String> folderFiles() {
            Map<String, String> files = new java.util.TreeMap<>(overrides);
            if (!organisation.isEmpty()) {
                files.put(PolicyFile.NAME, organisation.source());
            }
            files.putAll(stateFiles);
            return files;
        }

        /** The allow-list, unless the folder is trusted with any Java. */
        private void checkTrusted() {
            if (!anyJava) {
                // the check reads the files with the DRL compiler's parser
                List<org.breachrules.api.RuleProblem> untrusted = TuningModule.compiler().untrusted(
                        new java.util.TreeMap<>(overrides));
                if (!untrusted.isEmpty()) {
                    throw new org.breachrules.api.InvalidRulesException(untrusted);
                }
            }
        }

        private DroolsBreachDeterminer loadPrecompiled() {
            long start = System.nanoTime();
            PrecompiledRules.Contents contents = PrecompiledRules.read(precompiled);
            if (contents.anyJava() && !anyJava) {
                throw new BreachRulesException(precompiled + " was compiled from a folder trusted with any Java: load"
                        + " it with --allow-any-java (allowAnyJava()) too");
            }
            Builder from = new Builder().files(contents.files());
            from.anyJava = anyJava;
            Sources s = from.sources();
            if (!s.digest().equals(contents.rulesVersion())) {
                throw new BreachRulesException(precompiled + " holds rules version " + contents.rulesVersion()
                        + " but its files digest to " + s.digest() + " with this release's built-in rules: compile the"
                        + " folder again with this release's compile-rules");
            }
            KieBase kieBase = s.all().equals(BuiltInRules.sources()) ? builtIn().kieBase
                    : PrecompiledRules.load(precompiled, contents);
            DroolsBreachDeterminer determiner = new DroolsBreachDeterminer(kieBase, s.all(), s.digest(),
                    from.organisation, from.stateLaw(), from.stateFiles);
            determiner.policy();
            LOG.info("tuned rules {} loaded precompiled in {} ms", s.digest(), (System.nanoTime() - start) / 1_000_000);
            return determiner;
        }

        /** The built-in state-law data with the organisation's files in place of their jurisdictions'. */
        private StateLawFacts stateLaw() {
            if (stateFiles.isEmpty()) {
                return BuiltInStateLaw.FACTS;
            }
            try {
                return StateLawFacts.of(StateLaws.builtIn().withFiles(stateFiles));
            } catch (InvalidStateLawException e) {
                throw new org.breachrules.api.InvalidRulesException(e.problems().stream()
                        .map(p -> new org.breachrules.api.RuleProblem(p.substring(0, Math.max(0, p.indexOf(':'))), 0,
                                p.substring(p.indexOf(':') + 1).strip()))
                        .toList());
            }
        }

        /**
         * The determiner.
         *
         * @throws org.breachrules.api.InvalidRulesException when a file does not compile
         */
        public DroolsBreachDeterminer build() {
            if (precompiled != null) {
                return loadPrecompiled();
            }
            if (cache != null && !overrides.isEmpty()) {
                DroolsBreachDeterminer cached = fromCache();
                if (cached != null) {
                    return cached;
                }
            }
            Sources s = sources();
            boolean onlyValues = s.all().equals(BuiltInRules.sources());
            if (onlyValues && organisation.isEmpty() && stateFiles.isEmpty()) {
                return builtIn();
            }
            StateLawFacts stateLaw = stateLaw();
            long start = System.nanoTime();
            KieBase kieBase;
            if (onlyValues) {
                // Only values changed: the precompiled built-in rules run them, no DRL compiler needed.
                kieBase = builtIn().kieBase;
            } else {
                checkTrusted();
                kieBase = TuningModule.compiler().compile(s.all());
            }
            DroolsBreachDeterminer determiner = new DroolsBreachDeterminer(kieBase, s.all(), s.digest(), organisation,
                    stateLaw, stateFiles);
            determiner.policy(); // a tuned policy.drl that misses a value fails here, at build time
            LOG.info("tuned rules {} ({} file(s) changed or added, {} policy value(s), {} state file(s)) ready in {} ms",
                    determiner.rulesVersion, overrides.size(), organisation.values().size(), stateFiles.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return determiner;
        }
    }
}
