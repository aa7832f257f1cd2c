package org.breachrules.drools;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.breachrules.api.InvalidRulesException;
import org.breachrules.api.RuleProblem;
import org.breachrules.drools.facts.OrganisationPolicy;
import org.breachrules.drools.facts.PolicyName;

/**
 * Reads {@code policy.properties}: the values an organisation changes, one {@code name = value} a line ({@code #}
 * starts a comment; a list is comma-separated). Why a file of its own rather than a copy of {@code policy.drl}: a
 * compliance officer names only what the organisation decided, in a form with nothing to get wrong but the value,
 * and every other value keeps the default of the release in use, so an upgrade that adds a tunable needs no edit.
 * Every problem (an unknown name, a bad value, a name given twice) is reported at once with its line, when the
 * determiner is built, never at evaluation time.
 */
final class PolicyFile {
    /** The file's name in a rules folder. */
    static final String NAME = "policy.properties";

    private PolicyFile() {
    }

    static OrganisationPolicy parse(String fileName, String text) {
        Map<PolicyName, Object> values = new EnumMap<>(PolicyName.class);
        Map<PolicyName, Integer> lines = new EnumMap<>(PolicyName.class);
        List<RuleProblem> problems = new ArrayList<>();
        String[] all = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            int line = i + 1;
            String raw = i == 0 && all[i].startsWith("\uFEFF") ? all[i].substring(1) : all[i];
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                problems.add(new RuleProblem(fileName, line, "expected \"name = value\", got \"" + cut(trimmed) + "\""));
                continue;
            }
            String key = trimmed.substring(0, eq).strip();
            String value = trimmed.substring(eq + 1);
            int hash = value.indexOf('#');
            if (hash >= 0) {
                value = value.substring(0, hash);
            }
            PolicyName name = PolicyName.of(key);
            if (name == null) {
                problems.add(new RuleProblem(fileName, line, "unknown policy name \"" + cut(key) + "\"; the names are: "
                        + PolicyName.allKeys()));
                continue;
            }
            if (lines.containsKey(name)) {
                problems.add(new RuleProblem(fileName, line, key + " is already set on line " + lines.get(name)));
                continue;
            }
            lines.put(name, line);
            try {
                values.put(name, name.parse(value));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(fileName, line, key + ": " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRulesException(problems);
        }
        return values.isEmpty() ? OrganisationPolicy.NONE : new OrganisationPolicy(values, text);
    }

    private static String cut(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
