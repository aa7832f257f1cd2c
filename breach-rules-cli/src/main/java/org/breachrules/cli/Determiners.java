package org.breachrules.cli;

import java.nio.file.Path;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.DroolsBreachDeterminer;

/**
 * Where the command-line tool gets its {@link BreachDeterminer}: the built-in rules, or the built-in rules tuned by
 * a directory of DRL files ({@code --rules DIR}). Injectable so that tests can run the tool with a fake engine.
 * A determiner is only made once every input file has been read and found valid.
 */
public interface Determiners {

    /** A determiner running the built-in rules. */
    BreachDeterminer builtIn();

    /**
     * A determiner running the built-in rules with the DRL files of {@code rulesDirectory}: each replaces the
     * built-in file of the same name, or adds to the rules if new.
     *
     * @throws org.breachrules.api.InvalidRulesException when a file does not compile (every problem, file and line)
     * @throws org.breachrules.api.BreachRulesException  when the directory cannot be read
     */
    BreachDeterminer withRules(Path rulesDirectory);

    /**
     * As {@link #withRules(Path)}, trusting the folder's DRL files with any Java when {@code anyJava} (see
     * {@code DroolsBreachDeterminer.Builder#allowAnyJava()}).
     */
    default BreachDeterminer withRules(Path rulesDirectory, boolean anyJava) {
        return withRules(rulesDirectory);
    }

    /**
     * The rules of a jar made by {@code compile-rules}, loaded without compiling.
     *
     * @throws org.breachrules.api.BreachRulesException when the jar cannot be used (not such a jar, another release's,
     *                                                   or compiled with any Java when {@code anyJava} is false)
     */
    default BreachDeterminer withPrecompiled(Path jar, boolean anyJava) {
        DroolsBreachDeterminer.Builder builder = DroolsBreachDeterminer.builder().precompiledRules(jar);
        return (anyJava ? builder.allowAnyJava() : builder).build();
    }

    /**
     * The environment variable naming a folder where {@code --rules DIR} keeps its compiled rules between runs (see
     * {@code DroolsBreachDeterminer.Builder#cache}); unset: every run compiles the folder. The system property
     * {@code breachrules.cache} takes precedence.
     */
    String CACHE_VARIABLE = "BREACH_RULES_CACHE";

    /** The Drools engine, as the released tool uses it. */
    static Determiners drools() {
        return new Determiners() {
            @Override
            public BreachDeterminer builtIn() {
                return DroolsBreachDeterminer.builtIn();
            }

            @Override
            public BreachDeterminer withRules(Path rulesDirectory) {
                return withRules(rulesDirectory, false);
            }

            @Override
            public BreachDeterminer withRules(Path rulesDirectory, boolean anyJava) {
                DroolsBreachDeterminer.Builder builder = DroolsBreachDeterminer.builder().rulesDirectory(rulesDirectory);
                String cache = System.getProperty("breachrules.cache", System.getenv(CACHE_VARIABLE));
                if (cache != null && !cache.isBlank()) {
                    builder.cache(Path.of(cache));
                }
                return (anyJava ? builder.allowAnyJava() : builder).build();
            }
        };
    }
}
