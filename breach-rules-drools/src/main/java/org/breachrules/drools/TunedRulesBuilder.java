package org.breachrules.drools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.breachrules.api.BreachRulesException;
import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.facts.OrganisationPolicy;
import org.breachrules.drools.facts.StateLawFacts;
import org.breachrules.drools.spi.RuleCompiler;
import org.breachrules.states.InvalidStateLawException;
import org.breachrules.states.StateLaws;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind {@link DroolsBreachDeterminer.Builder}: the tuned folder's files, and the determiner they make.
 * Built-in rules stay precompiled when only values change; changed DRL is compiled by breach-rules-tuning
 * ({@link TuningModule}), or loaded from a precompiled jar, or from the cache. Used by one thread at a time.
 */
final class TunedRulesBuilder {
    /** Under the determiner's name: hosts configure the library's log lines by it. */
    private static final Logger LOG = LoggerFactory.getLogger(DroolsBreachDeterminer.class);

    /** Changed or added DRL files, by name. */
    private final Map<String, String> overrides = new LinkedHashMap<>();
    /** The organisation's XX.json state-law files, by name. */
    private final Map<String, String> stateFiles = new TreeMap<>();
    private OrganisationPolicy organisation = OrganisationPolicy.NONE;
    private boolean anyJava;
    /** A jar from {@link #writePrecompiled}, loaded instead of compiling DRL (null: none). */
    private Path precompiled;
    /** Where compiled tuned rules are kept between runs, by rules version (null: no cache). */
    private Path cache;

    /** The DRL sources a determiner of this builder runs, and the rules version they digest to. */
    private record Sources(Map<String, String> all, String digest) {
    }

    void rulesDirectory(Path directory) {
        RuleFiles.Folder folder = RuleFiles.readFolder(directory);
        overrides.putAll(folder.drl());
        stateFiles.putAll(folder.states());
        if (folder.policy() != null) {
            policy(PolicyFile.NAME, folder.policy());
        }
    }

    void policy(String fileName, String text) {
        organisation = PolicyFile.parse(fileName, Objects.requireNonNull(text, "text"));
    }

    void stateLaw(String fileName, String json) {
        if (fileName == null || !StateLaws.isJurisdictionFile(fileName)) {
            throw new IllegalArgumentException("a state-law file is named XX.json, XX a jurisdiction code: "
                    + fileName);
        }
        stateFiles.put(fileName, Objects.requireNonNull(json, "json"));
    }

    void rules(String fileName, String drl) {
        if (fileName == null || !fileName.endsWith(".drl") || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("a rule file name is a plain name ending in .drl: " + fileName);
        }
        overrides.put(fileName, Objects.requireNonNull(drl, "drl"));
    }

    void allowAnyJava() {
        anyJava = true;
    }

    void precompiledRules(Path jar) {
        precompiled = Objects.requireNonNull(jar, "jar");
    }

    void cache(Path directory) {
        cache = Objects.requireNonNull(directory, "directory");
    }

    /**
     * Adds stored rule files by name (as {@code ruleSources()} gives them): {@code policy.properties}, state-law
     * {@code XX.json} and DRL files, skipping a DRL file identical to the built-in one of its name.
     */
    void files(Map<String, String> files) {
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
    }

    String rulesVersion() {
        return sources().digest();
    }

    /** Compiles to the executable model and writes the jar; the rules version it holds. */
    String writePrecompiled(Path jar) {
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

    DroolsBreachDeterminer build() {
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
            return DroolsBreachDeterminer.builtIn();
        }
        StateLawFacts stateLaw = stateLaw();
        long start = System.nanoTime();
        KieBase kieBase;
        if (onlyValues) {
            // Only values changed: the precompiled built-in rules run them, no DRL compiler needed.
            kieBase = DroolsBreachDeterminer.builtIn().kieBase();
        } else {
            checkTrusted();
            kieBase = compile(s);
        }
        DroolsBreachDeterminer determiner = DroolsBreachDeterminer.tuned(kieBase, s.all(), s.digest(), organisation,
                stateLaw, stateFiles);
        determiner.policy(); // a tuned policy.drl that misses a value fails here, at build time
        LOG.info("tuned rules {} ({} file(s) changed or added, {} policy value(s), {} state file(s)) ready in {} ms",
                determiner.rulesVersion(), overrides.size(), organisation.values().size(), stateFiles.size(),
                (System.nanoTime() - start) / 1_000_000);
        return determiner;
    }

    /**
     * The tuned rule base: only the changed files compiled onto a fresh copy of the precompiled built-in rules when
     * the compiler can (the DRL compiler's cold start is most of what a tuned folder costs, and most of it is the
     * built-in rules), else the whole set compiled. A file identical to the built-in one of its name is no change.
     */
    private KieBase compile(Sources s) {
        Map<String, String> builtIn = BuiltInRules.sources();
        Map<String, String> changed = new TreeMap<>(overrides);
        changed.entrySet().removeIf(e -> e.getValue().equals(builtIn.get(e.getKey())));
        RuleCompiler compiler = TuningModule.compiler();
        KieBase onto = compiler.compileOnto(PrecompiledModel::load, builtIn, changed);
        KieBase kieBase = onto != null ? onto : compiler.compile(s.all());
        RuleOrder.numberRules(s.all(), kieBase);
        LOG.debug("tuned rules {}: {}", s.digest(), onto != null ? "changed files compiled onto the built-in rules"
                : "whole set compiled");
        return kieBase;
    }

    /** The determiner from the cache, compiling into it on a miss; null when the cache cannot be used. */
    private DroolsBreachDeterminer fromCache() {
        Sources s = sources();
        String key = s.digest().replaceAll("[^A-Za-z0-9]", "_") + (anyJava ? "-any-java" : "-allow-list") + ".jar";
        Path jar = cache.resolve(key);
        if (!Files.isRegularFile(jar)) {
            try {
                Files.createDirectories(cache);
                writePrecompiled(jar);
            } catch (BreachRulesException | IOException e) {
                if (e instanceof InvalidRulesException invalid) {
                    throw invalid; // the folder's own fault, reported as any build reports it
                }
                LOG.warn("the rules cache {} cannot be written ({}); compiling without it", cache,
                        e.getClass().getSimpleName());
                return null;
            }
        }
        Path entry = precompiled;
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

    private DroolsBreachDeterminer loadPrecompiled() {
        long start = System.nanoTime();
        PrecompiledRules.Contents contents = PrecompiledRules.read(precompiled);
        if (contents.anyJava() && !anyJava) {
            throw new BreachRulesException(precompiled + " was compiled from a folder trusted with any Java: load"
                    + " it with --allow-any-java (allowAnyJava()) too");
        }
        TunedRulesBuilder from = new TunedRulesBuilder();
        from.files(contents.files());
        from.anyJava = anyJava;
        Sources s = from.sources();
        if (!s.digest().equals(contents.rulesVersion())) {
            throw new BreachRulesException(precompiled + " holds rules version " + contents.rulesVersion()
                    + " but its files digest to " + s.digest() + " with this release's built-in rules: compile the"
                    + " folder again with this release's compile-rules");
        }
        KieBase kieBase;
        if (s.all().equals(BuiltInRules.sources())) {
            kieBase = DroolsBreachDeterminer.builtIn().kieBase();
        } else {
            kieBase = PrecompiledRules.load(precompiled, contents);
            RuleOrder.numberRules(s.all(), kieBase);
        }
        DroolsBreachDeterminer determiner = DroolsBreachDeterminer.tuned(kieBase, s.all(), s.digest(),
                from.organisation, from.stateLaw(), from.stateFiles);
        determiner.policy();
        LOG.info("tuned rules {} loaded precompiled in {} ms", s.digest(), (System.nanoTime() - start) / 1_000_000);
        return determiner;
    }

    private Sources sources() {
        Map<String, String> sources = new LinkedHashMap<>(BuiltInRules.sources());
        new TreeMap<>(overrides).forEach(sources::put);
        Map<String, String> digested = new LinkedHashMap<>(sources);
        digested.putAll(folderFiles());
        return new Sources(sources, RulesDigest.of("tuned", digested));
    }

    /** The tuned folder's files as given: DRL, policy.properties (when values changed) and XX.json. */
    private Map<String, String> folderFiles() {
        Map<String, String> files = new TreeMap<>(overrides);
        if (!organisation.isEmpty()) {
            files.put(PolicyFile.NAME, organisation.source());
        }
        files.putAll(stateFiles);
        return files;
    }

    /** The allow-list, unless the folder is trusted with any Java (read with the DRL compiler's parser). */
    private void checkTrusted() {
        if (!anyJava) {
            List<RuleProblem> untrusted = TuningModule.compiler().untrusted(new TreeMap<>(overrides));
            if (!untrusted.isEmpty()) {
                throw new InvalidRulesException(untrusted);
            }
        }
    }

    /** The built-in state-law data with the organisation's files in place of their jurisdictions'. */
    private StateLawFacts stateLaw() {
        if (stateFiles.isEmpty()) {
            return DroolsBreachDeterminer.builtInStateLaw();
        }
        try {
            return StateLawFacts.of(StateLaws.builtIn().withFiles(stateFiles));
        } catch (InvalidStateLawException e) {
            throw new InvalidRulesException(e.problems().stream()
                    .map(p -> new RuleProblem(p.substring(0, Math.max(0, p.indexOf(':'))), 0,
                            p.substring(p.indexOf(':') + 1).strip()))
                    .toList());
        }
    }
}
