package org.breachrules.drools.facts;

import org.breachrules.api.Basis;
import org.kie.api.definition.rule.Rule;

/** The PHI was rendered unusable, unreadable or indecipherable per the HHS guidance, so it is not "unsecured". */
public final class Secured extends Conclusion {
    private final Basis by;

    public Secured(Case forCase, Rule rule, String message, Basis by) {
        super(forCase, rule, message);
        this.by = by;
    }

    /** {@link Basis#SECURED_BY_ENCRYPTION} or {@link Basis#SECURED_BY_DESTRUCTION}. */
    public Basis getBy() { return by; }
}
