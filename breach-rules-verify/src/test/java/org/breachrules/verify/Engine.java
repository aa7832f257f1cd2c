package org.breachrules.verify;

import org.breachrules.drools.BuiltInRules;
import org.breachrules.drools.DroolsBreachDeterminer;

/** The built-in determiner the tests share (building the rule base once is the point of the design). */
final class Engine {
    private static final DroolsBreachDeterminer BUILT_IN = DroolsBreachDeterminer.builtIn();

    private Engine() {
    }

    static DroolsBreachDeterminer builtIn() {
        return BUILT_IN;
    }

    /** The built-in policy.drl with one literal piece of text replaced (which must be present). */
    static String policyWith(String from, String to) {
        String policy = BuiltInRules.sources().get("policy.drl");
        if (!policy.contains(from)) {
            throw new IllegalArgumentException("policy.drl has no " + from);
        }
        return policy.replace(from, to);
    }
}
