package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.kie.api.definition.rule.Rule;

/** A date on which the breach counts as discovered; the earliest starts the clock (45 CFR 164.404(a)(2)). */
public final class DiscoveryDate extends Conclusion {
    private final LocalDate date;
    private final String source;

    public DiscoveryDate(Case forCase, Rule rule, String message, LocalDate date, String source) {
        super(forCase, rule, message);
        this.date = date;
        this.source = source;
    }

    public LocalDate getDate() { return date; }
    /** Where the date comes from, in words, e.g. "the day the breach was discovered". */
    public String getSource() { return source; }
}
