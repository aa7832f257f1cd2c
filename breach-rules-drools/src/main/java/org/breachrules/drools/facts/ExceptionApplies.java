package org.breachrules.drools.facts;

import org.breachrules.api.ExceptionType;
import org.kie.api.definition.rule.Rule;

/** Every condition of the asserted exception is established (45 CFR 164.402(1)). */
public final class ExceptionApplies extends Conclusion {
    private final ExceptionType type;

    public ExceptionApplies(Case forCase, Rule rule, String message, ExceptionType type) {
        super(forCase, rule, message);
        this.type = type;
    }

    public ExceptionType getType() { return type; }
}
