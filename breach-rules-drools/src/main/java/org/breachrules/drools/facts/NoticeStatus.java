package org.breachrules.drools.facts;

import org.breachrules.api.NotificationStatus;
import org.kie.api.definition.rule.Rule;

/**
 * The status of one obligation on the evaluation date (notification-status.drl): exactly one per obligation. No
 * finding of its own; the determination's notification carries it.
 */
public final class NoticeStatus extends Conclusion {
    private final Obligation obligation;
    private final NotificationStatus status;

    public NoticeStatus(Case forCase, Rule rule, Obligation obligation, NotificationStatus status) {
        super(forCase, rule, null, Obligation.order(obligation.getRecipient(), obligation.getJurisdiction()));
        this.obligation = obligation;
        this.status = status;
    }

    public Obligation getObligation() { return obligation; }
    public NotificationStatus getStatus() { return status; }
}
