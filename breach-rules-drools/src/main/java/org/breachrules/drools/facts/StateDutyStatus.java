package org.breachrules.drools.facts;

import org.breachrules.api.NotificationStatus;
import org.kie.api.definition.rule.Rule;

/**
 * The status of one state duty on the evaluation date (state-law.drl): exactly one per {@link StateDutyOwed}. No
 * finding of its own; the determination's state entry carries it.
 */
public final class StateDutyStatus extends Conclusion {
    private final StateDutyOwed duty;
    private final NotificationStatus status;

    public StateDutyStatus(Case forCase, Rule rule, StateDutyOwed duty, NotificationStatus status) {
        super(forCase, rule, null, 0);
        this.duty = duty;
        this.status = status;
    }

    public StateDutyOwed getDuty() { return duty; }
    public NotificationStatus getStatus() { return status; }
}
