package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/** The risk assessment demonstrates a low probability that the PHI has been compromised. */
public final class LowProbabilityOfCompromise extends Conclusion {
    public LowProbabilityOfCompromise(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
