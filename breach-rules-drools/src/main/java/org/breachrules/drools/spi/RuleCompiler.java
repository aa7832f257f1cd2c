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
