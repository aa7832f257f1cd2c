package org.breachrules.tuning;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.breachrules.api.RuleProblem;
import org.breachrules.drools.spi.RuleCompiler;
import org.kie.api.KieBase;

/**
 * The engine's DRL compiler, found by {@link java.util.ServiceLoader} when this module is on the class path (see
 * {@code META-INF/services}). Public only because the service loader needs it: hosts tune through
 * {@code DroolsBreachDeterminer.builder()}. Stateless and thread-safe.
 */
public final class DrlRuleCompiler implements RuleCompiler {

    /** For the service loader. */
    public DrlRuleCompiler() {
    }

    @Override
    public KieBase compile(Map<String, String> sources) {
        return RuntimeCompiler.compile(sources);
    }

    @Override
    public KieBase compileOnto(Supplier<KieBase> builtIn, Map<String, String> builtInFiles,
                               Map<String, String> changed) {
        return RuntimeCompiler.compileOnto(builtIn, builtInFiles, changed);
    }

    @Override
    public Map<String, byte[]> precompile(Map<String, String> sources, String key) {
        return RuntimeCompiler.precompile(sources, key);
    }

    @Override
    public List<RuleProblem> untrusted(Map<String, String> tunedFiles) {
        return TrustedRules.check(tunedFiles);
    }
}
