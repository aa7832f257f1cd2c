package org.breachrules.spring;

import org.breachrules.api.BreachDeterminer;

/**
 * A determiner that wraps another to observe it (the timer). Free of Micrometer, so that the health indicator can
 * reach the determiner behind it on an application without a meter registry.
 */
interface ObservingDeterminer extends BreachDeterminer {

    /** @return the determiner observed */
    BreachDeterminer observed();

    /**
     * The determiner behind any observer, for calls that are not determinations (the health probe).
     *
     * @param determiner a determiner, observed or not
     * @return the determiner it observes, or itself
     */
    static BreachDeterminer unobserved(BreachDeterminer determiner) {
        BreachDeterminer d = determiner;
        while (d instanceof ObservingDeterminer observing) {
            d = observing.observed();
        }
        return d;
    }
}
