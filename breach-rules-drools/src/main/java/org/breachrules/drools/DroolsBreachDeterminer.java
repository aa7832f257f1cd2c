package org.breachrules.drools;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.api.Jurisdiction;
import org.breachrules.drools.facts.Case;
import org.breachrules.drools.facts.Conclusion;
import org.breachrules.drools.facts.OrganisationPolicy;
import org.breachrules.drools.facts.Policy;
import org.breachrules.drools.facts.StateDutyData;
import org.breachrules.drools.facts.StateLawFacts;
import org.breachrules.drools.facts.StateVersion;
import org.breachrules.states.StateLaws;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
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
    private final String rulesVersion;
    /** The DRL sources this determiner runs, file name to text (evidence bundles store them). */
    private final Map<String, String> sources;
    private final RuleOrder ruleOrder;
    /** The organisation's own policy values (none: the federal defaults). */
    private final OrganisationPolicy organisation;
    /** The state-law data as facts, with the tuned {@code XX.json} files that replaced built-in ones (empty: none). */
    private final StateLawFacts stateLaw;
    private final Map<String, String> stateFiles;
    /** The built-in determiner, shared by the whole JVM: never closed, and its rules are known to settle. */
    private final boolean shared;
    private final SessionPool sessions;
    private volatile boolean closed;
    /** The policy in force, read from a session of this rule base on first use. */
    private volatile Policy policy;

    private DroolsBreachDeterminer(KieBase kieBase, Map<String, String> sources, String rulesVersion,
                                   OrganisationPolicy organisation, StateLawFacts stateLaw,
                                   Map<String, String> stateFiles, boolean shared) {
        this.kieBase = kieBase;
        this.rulesVersion = rulesVersion;
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        this.ruleOrder = RuleOrder.of(sources, kieBase);
        this.organisation = organisation;
        this.stateLaw = stateLaw;
        this.stateFiles = Collections.unmodifiableMap(new TreeMap<>(stateFiles));
        this.shared = shared;
        this.sessions = new SessionPool(kieBase, organisation, stateLaw, !shared);
    }

    /** A determiner of tuned rules ({@link TunedRulesBuilder}): its own sessions, closeable, firing bounded. */
    static DroolsBreachDeterminer tuned(KieBase kieBase, Map<String, String> sources, String rulesVersion,
                                        OrganisationPolicy organisation, StateLawFacts stateLaw,
                                        Map<String, String> stateFiles) {
        return new DroolsBreachDeterminer(kieBase, sources, rulesVersion, organisation, stateLaw, stateFiles, false);
    }

    /**
     * The determiner running the built-in, precompiled rules (the federal defaults). The rules never change, so every
     * call returns the same shared instance: calling it again builds nothing and keeps nothing more in memory.
     */
    public static DroolsBreachDeterminer builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** Holds the one built-in determiner, made on first use. */
    private static final class BuiltIn {
        static final DroolsBreachDeterminer INSTANCE = load();

        private static DroolsBreachDeterminer load() {
            long start = System.nanoTime();
            Map<String, String> sources = BuiltInRules.sources();
            DroolsBreachDeterminer determiner = new DroolsBreachDeterminer(PrecompiledModel.load(), sources,
                    RulesDigest.of("builtin", sources), OrganisationPolicy.NONE, builtInStateLaw(), Map.of(), true);
            LOG.debug("built-in rules {} loaded in {} ms", determiner.rulesVersion,
                    (System.nanoTime() - start) / 1_000_000);
            return determiner;
        }
    }

    /** The shipped state-law data as facts, read once per JVM. */
    static StateLawFacts builtInStateLaw() {
        return BuiltInStateLaw.FACTS;
    }

    private static final class BuiltInStateLaw {
        static final StateLawFacts FACTS = StateLawFacts.of(StateLaws.builtIn());
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
        Builder builder = builder();
        builder.rules.files(sources);
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
     * are evaluated a batch to a session, which is reset as a whole afterwards instead of retracting each case
     * (measured faster). The rules key every fact to its case, so the answers are exactly those of {@link #determine}
     * one by one.
     */
    @Override
    public List<Determination> determineAll(List<Incident> incidents, LocalDate asOf) {
        requireOpen();
        IncidentValidator.requireAllValid(incidents, asOf);
        List<Case> cases = new ArrayList<>(incidents.size());
        for (Incident incident : incidents) {
            cases.add(new Case(incident, asOf));
        }
        return assemble(cases, sessions.inBatches(cases));
    }

    @Override
    public String rulesVersion() {
        return rulesVersion;
    }

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
        Map<String, String> all = new LinkedHashMap<>(sources);
        if (!organisation.isEmpty()) {
            all.put(PolicyFile.NAME, organisation.source());
        }
        all.putAll(stateFiles);
        return Collections.unmodifiableMap(all);
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
    public SortedSet<Integer> stateMinimums(Jurisdiction jurisdiction) {
        SortedSet<Integer> out = new TreeSet<>();
        for (StateVersion v : stateLaw.versionsOf(jurisdiction)) {
            for (StateDutyData d : v.getDuties()) {
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
        Policy read = policy;
        if (read == null) {
            read = sessions.readPolicy();
            policy = read;
        }
        return read;
    }

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
        sessions.close();
    }

    /** The rule base (tests that inspect the rules, tuned rules that reuse the built-in one). Not API. */
    KieBase kieBase() {
        return kieBase;
    }

    /**
     * Evaluates the cases in a kept session, beside the cases of its earlier calls; the rules key every conclusion to
     * its case, so cases never mix.
     */
    List<Determination> evaluate(List<Case> cases) {
        return assemble(cases, sessions.inKeptSession(cases));
    }

    /** As {@link #evaluate(List)}, in a session of its own, with a listener (not null) that watches the rules fire. */
    List<Determination> evaluate(List<Case> cases, AgendaEventListener listener) {
        return assemble(cases, sessions.inOwnSession(cases, listener));
    }

    /** The number of cases each idle session holds (tests). */
    List<Integer> idleSessionCaseCounts() {
        return sessions.idleCaseCounts();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("this determiner is closed; build a new one");
        }
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

    /**
     * Builds a determiner from the built-in rules with a compliance officer's changes: a DRL file with a built-in
     * file's name replaces it, a new name adds rules. The built-in rules stay precompiled when nothing is changed;
     * changed rules compile at start-up (the classic engine, about a second; needs breach-rules-tuning). A file that
     * does not compile fails the build with every problem's file and line, and no determiner is made.
     */
    public static final class Builder {
        /** The work; this class is the public surface, kept here so callers keep writing {@code Builder}. */
        private final TunedRulesBuilder rules = new TunedRulesBuilder();

        private Builder() {
        }

        /**
         * Adds every {@code *.drl} file in {@code directory} (not its subfolders), replacing built-in files of the
         * same name; with its {@code policy.properties} and {@code XX.json} state-law files.
         *
         * @throws BreachRulesException when the directory cannot be read or holds no DRL file
         */
        public Builder rulesDirectory(Path directory) {
            rules.rulesDirectory(directory);
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
            rules.policy(fileName, text);
            return this;
        }

        /**
         * Replaces the built-in state-law file of one jurisdiction ({@code XX.json}, the format of
         * breach-rules-states) with the organisation's own, for example counsel's reading or a newer amendment.
         *
         * @throws IllegalArgumentException when the name is not a jurisdiction code and {@code .json}
         */
        public Builder stateLaw(String fileName, String json) {
            rules.stateLaw(fileName, json);
            return this;
        }

        /** Adds one DRL source under a file name, replacing the built-in file of that name if there is one. */
        public Builder rules(String fileName, String drl) {
            rules.rules(fileName, drl);
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
            rules.allowAnyJava();
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
        public Builder precompiledRules(Path jar) {
            rules.precompiledRules(jar);
            return this;
        }

        /**
         * Compiles the rules given so far (DRL files, policy values, state files) once, to the executable model, and
         * writes them with the folder's files to {@code jar} (replaced atomically), for {@link #precompiledRules}.
         * The allow-list applies as in {@link #build()}. Needs breach-rules-tuning when DRL files changed.
         *
         * @return the rules version a determiner loaded from the jar names
         * @throws org.breachrules.api.InvalidRulesException when a file does not compile or is refused
         */
        public String writePrecompiled(Path jar) {
            return rules.writePrecompiled(jar);
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
        public Builder cache(Path directory) {
            rules.cache(directory);
            return this;
        }

        /** The rules version a determiner of this builder names, without compiling anything. */
        public String rulesVersion() {
            return rules.rulesVersion();
        }

        /**
         * The determiner.
         *
         * @throws org.breachrules.api.InvalidRulesException when a file does not compile
         * @throws BreachRulesException when DRL files changed and breach-rules-tuning is not on the class path
         */
        public DroolsBreachDeterminer build() {
            return rules.build();
        }
    }
}
