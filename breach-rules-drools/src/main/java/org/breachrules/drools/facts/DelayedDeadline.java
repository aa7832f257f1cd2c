package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.kie.api.definition.rule.Rule;

/**
 * What a law-enforcement delay does to one obligation (45 CFR 164.412): the deadline in force, the day before which
 * no notice may go out, and whether the notice is held with no end known. Derived and truth-maintained: when the
 * delay or the obligation goes, so does this.
 */
public final class DelayedDeadline extends Conclusion {
    private final Obligation obligation;
    private final LocalDate deadline;
    private final LocalDate delayedUntil;

    /**
     * @param deadline     the deadline in force; null while the notice is held with no end known
     * @param delayedUntil no notice before this day; null while the hold has no end
     */
    public DelayedDeadline(Case forCase, Rule rule, String message, Obligation obligation, LocalDate deadline,
                           LocalDate delayedUntil) {
        super(forCase, rule, message, Obligation.order(obligation.getRecipient(), obligation.getJurisdiction()));
        this.obligation = obligation;
        this.deadline = deadline;
        this.delayedUntil = delayedUntil;
    }

    public Obligation getObligation() { return obligation; }
    public LocalDate getDeadline() { return deadline; }
    public LocalDate getDelayedUntil() { return delayedUntil; }
    /** Held by a written statement that names no end: the deadline cannot be known yet. */
    public boolean isHeld() { return deadline == null; }
}
