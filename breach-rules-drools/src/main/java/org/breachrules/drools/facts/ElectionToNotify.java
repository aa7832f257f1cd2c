package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/**
 * The entity will notify without relying on a risk assessment: because the incident says so
 * ({@code electedToNotify}), or because an organisation's own rule requires notice (e.g. "always notify when Social
 * Security numbers are involved"). This is the extension point for stricter policies: insert one logically.
 */
public final class ElectionToNotify extends Conclusion {
    public ElectionToNotify(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
