package org.breachrules.drools;

/** The one determiner the tests share: building the rule base once is the point of the design. */
public final class Engine {
    private static final DroolsBreachDeterminer BUILT_IN = DroolsBreachDeterminer.builtIn();

    private Engine() {
    }

    public static DroolsBreachDeterminer builtIn() {
        return BUILT_IN;
    }
}
