package org.breachrules.drools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.drools.base.definitions.rule.impl.RuleImpl;
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

    /**
     * Gives the rules of a tuned rule base their reading order as load order, which is how the engine breaks a tie
     * between activations of equal salience. The classic compiler numbers rules in an order of its own (the files as
     * its file system hashes them), the executable model in another, and a rule base of changed files compiled onto
     * the built-in ones in a third; numbered by the sources, every way of building the same sources fires ties in
     * the same order, so gives the same answer (findings of one rule listed in the order they were reached included).
     * Rules no source names keep their relative order after the others. Call before the first session.
     */
    static void numberRules(Map<String, String> sources, KieBase kieBase) {
        RuleOrder order = of(sources);
        List<RuleImpl> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.add((RuleImpl) rule);
            }
        }
        rules.sort(Comparator.comparingInt((RuleImpl r) -> order.position(r.getName()))
                .thenComparingInt(RuleImpl::getLoadOrder));
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).setLoadOrder(i);
        }
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
