package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A state duty that applies to this case: its threshold is met and the breach falls under it (or cannot yet be said
 * not to: {@link #isUndetermined()}, when the exposed data types are not known). No finding of its own: the rule that
 * times it ({@link StateDutyOwed}) writes one.
 */
public final class StateDutyApplies extends StateConclusion {
    private final StateInForce state;
    private final StateDutyData duty;
    private final boolean undetermined;

    public StateDutyApplies(Case forCase, Rule rule, StateInForce state, StateDutyData duty, boolean undetermined) {
        super(forCase, rule, null, state.getJurisdiction(), null, order(state.getJurisdiction(), 1 + duty.getIndex()));
        this.state = state;
        this.duty = duty;
        this.undetermined = undetermined;
    }

    public StateInForce getState() { return state; }
    public StateDutyData getDuty() { return duty; }
    /** The duty cannot be settled until {@code riskAssessment.phiTypes} is known. */
    public boolean isUndetermined() { return undetermined; }
}
