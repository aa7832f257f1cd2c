package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.kie.api.definition.rule.Rule;

/** The discovery date every deadline runs from. */
public final class ClockStart extends Conclusion {
    private final LocalDate date;

    public ClockStart(Case forCase, Rule rule, String message, LocalDate date) {
        super(forCase, rule, message);
        this.date = date;
    }

    public LocalDate getDate() { return date; }
}
