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

    /** The Drools engine, as the released tool uses it. */
    static Determiners drools() {
        return new Determiners() {
            @Override
            public BreachDeterminer builtIn() {
                return DroolsBreachDeterminer.builtIn();
            }

            @Override
            public BreachDeterminer withRules(Path rulesDirectory) {
                return DroolsBreachDeterminer.builder().rulesDirectory(rulesDirectory).build();
            }
        };
    }
}
