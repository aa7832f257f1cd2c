package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/**
 * A fact a rule concluded about one case. It remembers the rule that reached it, the rule's {@code @citation}
 * metadata and a plain-English message, so every conclusion that survives to the end of the evaluation becomes a
 * finding. Conclusions are inserted logically: when the reason for one goes away, so does the conclusion and its
 * finding, which makes the outcome independent of the order rules fire in.
 */
public abstract class Conclusion {
    private final Case forCase;
    private final Rule definition;
    private final String rule;
    private final String message;
    private final int sequence;

    /**
     * @param forCase the case it is about
     * @param rule    the rule that reached it ({@code drools.getRule()} in a consequence)
     * @param message plain English, no PHI; null when the conclusion needs no finding of its own
     */
    protected Conclusion(Case forCase, Rule rule, String message) {
        this(forCase, rule, message, forCase.nextSequence());
    }

    /**
     * A conclusion whose order among those of the same rule is given, not the order it was reached in: for
     * conclusions one rule reaches several times, whose firing order the engine does not fix.
     */
    protected Conclusion(Case forCase, Rule rule, String message, int sequence) {
        this.forCase = forCase;
        this.definition = rule;
        this.rule = rule.getName();
        this.message = message;
        this.sequence = sequence;
        forCase.reached(this);
    }

    public Case getForCase() { return forCase; }
    public String getRule() { return rule; }
    /** The rule itself, for looking up its reading order without hashing its name. */
    public Rule getDefinition() { return definition; }
    /** The rule's {@code @citation}, looked up when asked: most conclusions never become a finding. */
    public String getCitation() {
        Object citation = definition.getMetaData().get("citation");
        return citation == null ? "" : citation.toString();
    }
    public String getMessage() { return message; }
    /** The order this conclusion was reached in, within its case. */
    public int getSequence() { return sequence; }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + rule + "]";
    }
}
