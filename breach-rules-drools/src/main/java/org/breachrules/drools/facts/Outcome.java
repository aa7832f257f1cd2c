package org.breachrules.drools.facts;

import org.breachrules.api.Basis;
import org.kie.api.definition.rule.Rule;

/** The decision for a case and the one basis it rests on. Exactly one must survive an evaluation. */
public final class Outcome extends Conclusion {
    private final Basis basis;

    public Outcome(Case forCase, Rule rule, String message, Basis basis) {
        super(forCase, rule, message);
        this.basis = basis;
    }

    public Basis getBasis() { return basis; }
    public boolean isBreach() { return basis.breach(); }
}
