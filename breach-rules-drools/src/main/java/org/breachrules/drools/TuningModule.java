package org.breachrules.drools;

import java.util.Optional;
import java.util.ServiceLoader;

import org.breachrules.api.BreachRulesException;
import org.breachrules.drools.spi.RuleCompiler;

/**
 * The DRL compiler of breach-rules-tuning, when a host has it. The engine alone runs the built-in rules and
 * precompiled rules jars; only compiling tuned DRL needs the compiler, and its absence is one clear line.
 */
final class TuningModule {
    /** The artifact a host adds to compile tuned rules. */
    static final String ARTIFACT = "org.breachrules:breach-rules-tuning";

    private TuningModule() {
    }

    /** Looked up once, on first need: the class path does not change under a running engine. */
    private static final class Found {
        static final Optional<RuleCompiler> COMPILER =
                ServiceLoader.load(RuleCompiler.class, TuningModule.class.getClassLoader()).findFirst();
    }

    /**
     * The compiler.
     *
     * @throws BreachRulesException naming the module to add, when it is not on the class path
     */
    static RuleCompiler compiler() {
        return Found.COMPILER.orElseThrow(() -> new BreachRulesException("tuned DRL files are compiled at start-up,"
                + " which needs the module " + ARTIFACT + " on the class path (the built-in rules and precompiled"
                + " rules jars run without it)"));
    }
}
