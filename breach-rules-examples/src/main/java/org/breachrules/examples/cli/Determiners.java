package org.breachrules.examples.cli;

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
     * A determiner running the built-in rules with the DRL files of {@code rulesDirectory}.
     *
     * @throws UnsupportedOperationException when tuned rules cannot be loaded by this tool
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
                throw new UnsupportedOperationException("--rules is not supported yet");
            }
        };
    }
}
