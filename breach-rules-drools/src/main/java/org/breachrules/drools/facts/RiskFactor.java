package org.breachrules.drools.facts;

import org.breachrules.api.RiskLevel;
import org.kie.api.definition.rule.Rule;

/** How one factor of the four-factor risk assessment was scored (45 CFR 164.402(2)(i)-(iv)). */
public final class RiskFactor extends Conclusion {
    /** The four factors. */
    public enum Factor { NATURE_AND_EXTENT, UNAUTHORIZED_RECIPIENT, ACQUIRED_OR_VIEWED, MITIGATION }

    private final Factor factor;
    private final RiskLevel level;

    public RiskFactor(Case forCase, Rule rule, String message, Factor factor, RiskLevel level) {
        super(forCase, rule, message);
        this.factor = factor;
        this.level = level;
    }

    public Factor getFactor() { return factor; }
    public RiskLevel getLevel() { return level; }
}
