package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.kie.api.definition.rule.Rule;

/** How long the determination and its evidence must be kept (45 CFR 164.530(j)(2)). */
public final class RetainDocumentation extends Conclusion {
    private final LocalDate until;

    public RetainDocumentation(Case forCase, Rule rule, String message, LocalDate until) {
        super(forCase, rule, message);
        this.until = until;
    }

    public LocalDate getUntil() { return until; }
}
