package org.breachrules.drools.facts;

import org.kie.api.definition.rule.Rule;

/**
 * The person who reached the PHI is taken to have acted on purpose: recorded so ({@code deliberateMisuse: true}), or
 * (1.2) an asserted exception (i) records the access as not in good faith and the assessment does not say otherwise.
 * Factor (ii) is then HIGH and that person's confidentiality assurance is no mitigation.
 */
public final class DeliberateMisuse extends Conclusion {
    public DeliberateMisuse(Case forCase, Rule rule, String message) {
        super(forCase, rule, message);
    }
}
