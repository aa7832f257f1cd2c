package org.breachrules.drools;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reading order of the rules: files in the order of {@link BuiltInRules#FILES} (added files after them, by
 * name), rules in the order they are written. Findings are listed in this order, so the reasoning reads from scope to
 * outcome to obligations whatever order the engine fired the rules in (the executable model and the classic engine
 * differ).
 */
final class RuleOrder {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Integer> positions;
    /** The file each rule is written in. */
    private final Map<String, String> files = new HashMap<>();
    /** The same positions keyed by the rule objects of one KieBase: no string hashing on the hot path. */
    private final Map<Rule, Integer> byRule = new IdentityHashMap<>();

    private RuleOrder(Map<String, Integer> positions) {
        this.positions = positions;
    }

    /**
     * The order of the rules in {@code sources}, indexed for the rules of {@code kieBase}. Immutable once built, so
     * safe to share between threads.
     */
    static RuleOrder of(Map<String, String> sources, KieBase kieBase) {
        RuleOrder order = of(sources);
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                order.byRule.put(rule, order.position(rule.getName()));
            }
        }
        return order;
    }

    /** The rule's position, by identity when the rule belongs to the indexed KieBase, else by name. */
    int position(Rule rule) {
        Integer position = byRule.get(rule);
        return position != null ? position : position(rule.getName());
    }

    /** @param sources file name to DRL text, in reading order */
    static RuleOrder of(Map<String, String> sources) {
        Map<String, Integer> positions = new HashMap<>();
        int next = 0;
        Map<String, String> files = new HashMap<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Matcher m = RULE.matcher(source.getValue());
            while (m.find()) {
                positions.putIfAbsent(m.group(1), next++);
                files.putIfAbsent(m.group(1), source.getKey());
            }
        }
        RuleOrder order = new RuleOrder(positions);
        order.files.putAll(files);
        return order;
    }

    /** The file the rule is written in, or null when no source names it. */
    String file(String rule) {
        return files.get(rule);
    }

    /** The rule's position; rules not found in the sources come last. */
    int position(String rule) {
        return positions.getOrDefault(rule, Integer.MAX_VALUE);
    }
}
