package org.breachrules.drools.facts;

import org.breachrules.api.Jurisdiction;
import org.kie.api.definition.rule.Rule;

/**
 * A conclusion of state-law.drl about one state or territory. Its finding cites the state's statute (from the data)
 * rather than the rule's general {@code @citation}, which stays the fallback when the data names none.
 */
public abstract class StateConclusion extends Conclusion {
    private final Jurisdiction jurisdiction;
    private final String stateCitation;

    /**
     * @param sequence orders this conclusion among those of the same rule (by state, then duty), so findings do not
     *                 depend on firing order
     */
    protected StateConclusion(Case forCase, Rule rule, String message, Jurisdiction jurisdiction, String citation,
                              int sequence) {
        super(forCase, rule, message, sequence);
        this.jurisdiction = jurisdiction;
        this.stateCitation = citation;
    }

    public Jurisdiction getJurisdiction() { return jurisdiction; }

    @Override
    public String getCitation() {
        return stateCitation == null || stateCitation.isBlank() ? super.getCitation() : stateCitation;
    }

    /** Orders conclusions by jurisdiction code (the determination's order), then by {@code minor}. */
    static int order(Jurisdiction jurisdiction, int minor) {
        return 1 + CODE_RANK[jurisdiction.ordinal()] * 1_000 + minor;
    }

    /** Each jurisdiction's place in alphabetical order of its code (the enum is in another order). */
    private static final int[] CODE_RANK = new int[Jurisdiction.values().length];

    static {
        Jurisdiction[] sorted = Jurisdiction.values().clone();
        java.util.Arrays.sort(sorted, java.util.Comparator.comparing(Enum::name));
        for (int i = 0; i < sorted.length; i++) {
            CODE_RANK[sorted[i].ordinal()] = i;
        }
    }
}
