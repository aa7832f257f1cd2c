package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/** A finding and nothing more: reasoning worth showing that no other rule builds on. */
public final class Note extends Conclusion {
    public Note(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }

    /** A note one rule may reach several times, placed by {@code sequence} rather than by the order reached. */
    public Note(Case forCase, Rule rule, String message, int sequence) {
        super(forCase, rule, message, sequence);
    }
}
