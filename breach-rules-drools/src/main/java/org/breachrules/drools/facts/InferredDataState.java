package org.breachrules.drools.facts;

import org.breachrules.api.DataState;
import org.kie.api.definition.rule.Rule;

/**
 * (1.2) The state encrypted PHI was in when reached, inferred where the incident does not record it: at rest when
 * every location is a device or store.
 */
public final class InferredDataState extends Conclusion {
    private final DataState state;

    public InferredDataState(Case forCase, Rule rule, String message, DataState state) {
        super(forCase, rule, message);
        this.state = state;
    }

    public DataState getState() { return state; }
}
