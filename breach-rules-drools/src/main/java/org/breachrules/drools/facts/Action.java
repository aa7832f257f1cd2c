package org.breachrules.drools.facts;

import java.util.List;

import org.breachrules.api.Phase;
import org.kie.api.definition.rule.Rule;

/**
 * The checklist steps one rule adds. One fact per rule, not per step: fewer facts, faster evaluation. Actions make
 * no finding of their own.
 */
public final class Action extends Conclusion {
    private final List<Step> steps;

    public Action(Case forCase, Rule rule, Step... steps) {
        super(forCase, rule, null);
        this.steps = List.of(steps);
    }

    public List<Step> getSteps() { return steps; }

    /**
     * One step of the response checklist.
     *
     * @param phase the phase of incident response it belongs to
     * @param text  what to do, in plain English
     */
    public record Step(Phase phase, String text) {
    }
}
