package org.breachrules.cli;

import org.breachrules.api.BreachDeterminer;
import org.breachrules.drools.DroolsBreachDeterminer;

/** What-ifs re-run the Drools rules in force, and evidence records them; another engine (a test's fake) cannot. */
final class DroolsEngine {

    private DroolsEngine() {
    }

    static DroolsBreachDeterminer of(BreachDeterminer determiner) {
        if (determiner instanceof DroolsBreachDeterminer drools) {
            return drools;
        }
        throw new IllegalStateException("--what-if needs the Drools engine, not " + determiner.getClass().getName());
    }
}
