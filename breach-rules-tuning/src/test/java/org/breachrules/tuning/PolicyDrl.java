package org.breachrules.tuning;

import org.breachrules.drools.BuiltInRules;
import org.breachrules.drools.DroolsBreachDeterminer;

/** Tuned rules made by editing the built-in policy.drl, as a compliance officer does: compiled here, once each. */
final class PolicyDrl {
    /** policy.drl with the law-enforcement tolling switch on. */
    static final DroolsBreachDeterminer TOLLING = DroolsBreachDeterminer.builder()
            .rules("policy.drl", with(".tollDeadlinesDuringDelay(false)", ".tollDeadlinesDuringDelay(true)"))
            .build();

    private PolicyDrl() {
    }

    /** The built-in policy.drl with one literal piece of text replaced (which must be present). */
    static String with(String from, String to) {
        String policy = BuiltInRules.sources().get("policy.drl");
        if (!policy.contains(from)) {
            throw new IllegalArgumentException("policy.drl has no " + from);
        }
        return policy.replace(from, to);
    }
}
