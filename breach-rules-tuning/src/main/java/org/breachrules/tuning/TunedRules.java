package org.breachrules.tuning;

import java.nio.file.Path;
import org.breachrules.drools.DroolsBreachDeterminer;

/**
 * Tuned rules: the built-in rules with a compliance officer's DRL files, compiled at start-up. Having this module
 * on the class path is what makes {@link DroolsBreachDeterminer.Builder#build()} able to compile tuned rules; this
 * class is a shortcut for the common case.
 *
 * <p>A rules folder is trusted code: a DRL file can run any Java. Load only folders your organisation controls.
 */
public final class TunedRules {
    private TunedRules() {
    }

    /**
     * A determiner running the built-in rules with the {@code *.drl} files of {@code directory}, each replacing the
     * built-in file of the same name or adding to the rules if new.
     *
     * @param directory the folder of DRL files
     * @return the determiner; build it once and share it
     * @throws org.breachrules.api.InvalidRulesException when a file does not compile (every problem, file and line)
     * @throws org.breachrules.api.BreachRulesException  when the directory cannot be read or holds no DRL file
     */
    public static DroolsBreachDeterminer fromDirectory(Path directory) {
        return DroolsBreachDeterminer.builder().rulesDirectory(directory).build();
    }
}
