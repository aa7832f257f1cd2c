package org.breachrules.drools;

/** The one determiner the tests share: building the rule base once is the point of the design. */
public final class Engine {
    private static final DroolsBreachDeterminer BUILT_IN = DroolsBreachDeterminer.builtIn();

    private Engine() {
    }

    public static DroolsBreachDeterminer builtIn() {
        return BUILT_IN;
    }

    /** Whether the built-in rule base holds a rule of that name in that package. */
    public static boolean hasRule(String rulePackage, String rule) {
        return BUILT_IN.kieBase().getRule(rulePackage, rule) != null;
    }
}
