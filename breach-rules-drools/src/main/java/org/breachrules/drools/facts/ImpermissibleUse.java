package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/** PHI was acquired, accessed, used or disclosed in a manner the Privacy Rule does not permit (45 CFR 164.402). */
public final class ImpermissibleUse extends Conclusion {
    public ImpermissibleUse(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
