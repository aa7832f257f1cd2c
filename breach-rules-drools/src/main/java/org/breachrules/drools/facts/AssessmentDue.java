package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/** The entity's four-factor risk assessment decides the outcome. */
public final class AssessmentDue extends Conclusion {
    public AssessmentDue(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
