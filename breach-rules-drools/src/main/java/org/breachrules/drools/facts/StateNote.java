package org.breachrules.drools.facts;

import org.breachrules.api.Jurisdiction;
import org.kie.api.definition.rule.Rule;

/** A finding about one state or territory and nothing more (not checked, deemed compliant, data not covered). */
public final class StateNote extends StateConclusion {
    /** @param citation the state's own citation, or null to cite the rule's {@code @citation} */
    public StateNote(Case forCase, Rule rule, String message, Jurisdiction jurisdiction, String citation) {
        super(forCase, rule, message, jurisdiction, citation, order(jurisdiction, 0));
    }
}
