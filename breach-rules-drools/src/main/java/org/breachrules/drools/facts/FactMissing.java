package org.breachrules.drools.facts;

import java.util.List;

import org.breachrules.api.Impact;
import org.kie.api.definition.rule.Rule;

/**
 * A fact the engine could not see (absent, provisional or contradicted) that could change the answer. It becomes an
 * entry of the determination's {@code missingFacts}, not a finding.
 */
public final class FactMissing extends Conclusion {
    private final String field;
    private final String text;
    private final List<Impact> couldChange;

    /**
     * @param field       the incident field path
     * @param text        what to find out and why, with the citation; no PHI
     * @param couldChange the parts of the answer it could change
     */
    public FactMissing(Case forCase, Rule rule, String field, String text, Impact... couldChange) {
        super(forCase, rule, null);
        this.field = field;
        this.text = text;
        this.couldChange = List.of(couldChange);
    }

    public String getField() { return field; }
    public String getText() { return text; }
    public List<Impact> getCouldChange() { return couldChange; }
}
