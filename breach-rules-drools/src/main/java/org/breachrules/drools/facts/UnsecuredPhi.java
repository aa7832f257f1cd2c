package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/** The PHI involved was unsecured: no safe harbor of the HHS guidance applies. */
public final class UnsecuredPhi extends Conclusion {
    public UnsecuredPhi(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
