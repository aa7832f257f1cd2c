package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.kie.api.definition.rule.Rule;

/**
 * A law-enforcement delay in force (45 CFR 164.412): no notice before {@code until}; {@code until} is null when a
 * written statement names no end ("until further notice").
 */
public final class NoticeDelay extends Conclusion {
    private final LocalDate startedOn;
    private final LocalDate until;

    public NoticeDelay(Case forCase, Rule rule, String message, LocalDate startedOn, LocalDate until) {
        super(forCase, rule, message);
        this.startedOn = startedOn;
        this.until = until;
    }

    /** The day law enforcement first asked for the delay. */
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getUntil() { return until; }
    /** A written statement with no end: the notices are held until an end is known. */
    public boolean isOpenEnded() { return until == null; }
}
