package org.breachrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.RuleProblem;
import org.breachrules.json.IncidentReader;

/**
 * Loads a {@code --rules DIR} directory for a command, reporting what is wrong with it as invalid-input lines, in
 * the form {@code evaluate --rules} prints them: {@code DIR: $: cannot read rules directory (no such directory)},
 * {@code DIR: $: the rules directory holds no .drl file}, {@code DIR/file.drl: line N: what the compiler said}.
 * Used through {@link RulesOption} by every command that takes {@code --rules}, so the lines stay the same everywhere.
 */
final class RulesDirectory {

    /** The path of a problem with a file or directory as a whole. */
    static final String WHOLE = IncidentReader.DOCUMENT;

    private RulesDirectory() {
    }

    /**
     * The determiner with the rules of {@code rules}, trusting its DRL files with any Java when {@code anyJava}, or
     * null with one line per problem added to {@code problems}.
     */
    static BreachDeterminer load(Determiners determiners, Path rules, boolean anyJava, List<String> problems) {
        String dir = rules.toString();
        if (Files.isRegularFile(rules) && dir.endsWith(".jar")) {
            try {
                return determiners.withPrecompiled(rules, anyJava);
            } catch (org.breachrules.api.BreachRulesException e) {
                problems.add(dir + ": " + WHOLE + ": " + e.getMessage());
                return null;
            }
        }
        return use(rules, problems, () -> determiners.withRules(rules, anyJava));
    }

    /**
     * What {@code action} makes of the rules folder {@code rules} (a determiner, a compiled jar), or null with one line
     * per problem added to {@code problems}: a folder that is missing or holds no rule file, a file that does not
     * compile or is refused, a folder the engine cannot use as it stands.
     */
    static <T> T use(Path rules, List<String> problems, java.util.function.Supplier<T> action) {
        String dir = rules.toString();
        if (!Files.isDirectory(rules)) {
            problems.add(dir + ": " + WHOLE + ": cannot read rules directory ("
                    + (Files.exists(rules) ? "not a directory" : "no such directory") + ")");
            return null;
        }
        try (Stream<Path> list = Files.list(rules)) {
            if (list.noneMatch(p -> (p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".drl")
                    || p.getFileName().toString().equals("policy.properties")
                    || org.breachrules.states.StateLaws.isJurisdictionFile(p.getFileName().toString()))
                    && Files.isRegularFile(p))) {
                problems.add(dir + ": " + WHOLE + ": the rules directory holds no .drl file, no policy.properties and"
                        + " no state-law file (XX.json)");
                return null;
            }
        } catch (IOException | SecurityException e) {
            problems.add(dir + ": " + WHOLE + ": cannot read rules directory (" + e.getClass().getSimpleName() + ")");
            return null;
        }
        try {
            return action.get();
        } catch (InvalidRulesException e) {
            problems.addAll(lines(rules, e));
            return null;
        } catch (org.breachrules.api.BreachRulesException e) {
            // A folder the engine cannot use as it stands (a policy.drl copy missing a value, a file that is not
            // UTF-8, policy.DRL): the folder's fault, reported as invalid input with its own words.
            problems.add(dir + ": " + WHOLE + ": " + e.getMessage());
            return null;
        }
    }

    /** One line per compile problem: {@code DIR/file.drl: line N: message} ({@code $} when the line is unknown). */
    static List<String> lines(Path rules, InvalidRulesException e) {
        return e.problems().stream().map(p -> line(rules, p)).toList();
    }

    private static String line(Path rules, RuleProblem p) {
        return rules.resolve(p.file()) + ": " + (p.line() > 0 ? "line " + p.line() : WHOLE) + ": " + p.message();
    }
}
