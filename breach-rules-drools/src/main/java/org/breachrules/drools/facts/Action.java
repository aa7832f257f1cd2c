package org.breachrules.drools.facts;

import org.breachrules.api.Phase;
import org.kie.api.definition.rule.Rule;

/** One step of the response checklist. Actions make no finding of their own. */
public final class Action extends Conclusion {
    private final Phase phase;
    private final String text;

    public Action(Case forCase, Rule rule, Phase phase, String text) {
        super(forCase, rule, null);
        this.phase = phase;
        this.text = text;
    }

    public Phase getPhase() { return phase; }
    public String getText() { return text; }
}
