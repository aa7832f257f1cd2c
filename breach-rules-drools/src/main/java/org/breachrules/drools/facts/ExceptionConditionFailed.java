package org.breachrules.drools.facts;

import org.breachrules.api.ExceptionType;
import org.kie.api.definition.rule.Rule;

/** One condition of the asserted exception is not established, so the exception cannot apply. */
public final class ExceptionConditionFailed extends Conclusion {
    private final ExceptionType type;
    private final String condition;

    public ExceptionConditionFailed(Case forCase, Rule rule, String message, ExceptionType type, String condition) {
        super(forCase, rule, message);
        this.type = type;
        this.condition = condition;
    }

    public ExceptionType getType() { return type; }
    /** The field of the interchange format that names the condition, e.g. {@code exception.goodFaith}. */
    public String getCondition() { return condition; }
}
