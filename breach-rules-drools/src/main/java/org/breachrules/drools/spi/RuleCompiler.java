package org.breachrules.drools.spi;

import java.util.List;
import java.util.Map;

import org.breachrules.api.RuleProblem;
import org.kie.api.KieBase;

/**
 * Compiles tuned DRL for the engine. The engine runs precompiled rules only; a host that tunes rules adds
 * breach-rules-tuning, which provides the one implementation (found with {@link java.util.ServiceLoader}, registered
 * in its {@code META-INF/services}). An interface rather than a class name keeps the engine free of the DRL compiler
 * and lets the compiler module depend on the engine, never the other way round.
 *
 * <p>Not for hosts: they tune through {@code DroolsBreachDeterminer.builder()}. Implementations are thread-safe.
 *
 * <p>Every map is file name to DRL text ({@code policy.drl}), placed in the built-in rules' folder and package.
 */
public interface RuleCompiler {

    /**
     * A rule base of the whole set of sources, compiled at start-up.
     *
     * @throws org.breachrules.api.InvalidRulesException listing every error with its file and line
     */
    KieBase compile(Map<String, String> sources);

    /**
     * The built-in rules with only the changed files compiled onto them: the precompiled built-in rule base less the
     * rules of each built-in file a changed file replaces, plus the changed files' rules (the engine numbers every
     * rule in reading order afterwards, as it does after {@link #compile}). Much faster at start-up than compiling
     * the whole set, with the same rules; {@code null} when these files need the whole compile (anything but imports and rules, a rule
     * name the built-in rules keep, or any error: {@link #compile} then reports it as always).
     *
     * @param builtIn      a fresh rule base of the built-in rules, its own to change; asked for only when used
     * @param builtInFiles the built-in files, for the rules a changed file replaces
     * @param changed      the changed or added files, each different from the built-in file of its name
     * @return the rule base, or null to compile the whole set instead
     */
    default KieBase compileOnto(java.util.function.Supplier<KieBase> builtIn, Map<String, String> builtInFiles,
                                Map<String, String> changed) {
        return null;
    }

    /**
     * The sources compiled to the executable model: generated classes and model index by path in a jar, for a
     * precompiled rules jar that later starts load without this module.
     *
     * @param key a name for the generated classes (the rules version): the same sources give the same names
     * @throws org.breachrules.api.InvalidRulesException listing every error with its file and line
     */
    Map<String, byte[]> precompile(Map<String, String> sources, String key);

    /**
     * Every use outside the allow-list that a tuned file not trusted with any Java is held to.
     *
     * @param tunedFiles only the organisation's files, not the built-in ones
     * @return each refusal with its file and line; empty when there is none
     */
    List<RuleProblem> untrusted(Map<String, String> tunedFiles);
}
