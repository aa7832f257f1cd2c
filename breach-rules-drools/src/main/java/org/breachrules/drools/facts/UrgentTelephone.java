package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/** Possible imminent misuse: individuals may also be told by telephone (45 CFR 164.404(d)(3)). */
public final class UrgentTelephone extends Conclusion {
    public UrgentTelephone(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
