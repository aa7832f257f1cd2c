package org.breachrules.drools.facts;

import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.ContentCode;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Recipient;
import org.kie.api.definition.rule.Rule;

/**
 * A notification owed, with its deadline. The rule that creates it gives the normal deadline; a law-enforcement
 * delay may later set {@code delayedUntil} and move {@code deadline}.
 */
public final class Obligation extends Conclusion {
    private final Recipient recipient;
    private final Jurisdiction jurisdiction;
    private final LocalDate normalDeadline;
    private final List<ContentCode> content;
    private LocalDate deadline;
    private LocalDate delayedUntil;

    public Obligation(Case forCase, Rule rule, String message, Recipient recipient, Jurisdiction jurisdiction,
                      LocalDate deadline, ContentCode... content) {
        super(forCase, rule, message);
        this.recipient = recipient;
        this.jurisdiction = jurisdiction;
        this.normalDeadline = deadline;
        this.deadline = deadline;
        this.content = List.of(content);
    }

    public Recipient getRecipient() { return recipient; }
    /** The state or territory, for media notice; null otherwise. */
    public Jurisdiction getJurisdiction() { return jurisdiction; }
    /** The deadline before any law-enforcement delay. */
    public LocalDate getNormalDeadline() { return normalDeadline; }
    public List<ContentCode> getContent() { return content; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public LocalDate getDelayedUntil() { return delayedUntil; }
    public void setDelayedUntil(LocalDate delayedUntil) { this.delayedUntil = delayedUntil; }
}
