package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/** No exception applies, so a breach is presumed unless a risk assessment shows otherwise (45 CFR 164.402(2)). */
public final class BreachPresumed extends Conclusion {
    public BreachPresumed(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
