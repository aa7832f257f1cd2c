package org.breachrules.drools.facts;

import org.breachrules.api.Jurisdiction;

/** How many affected individuals reside in one state or territory. */
public final class Residents {
    private final Jurisdiction jurisdiction;
    private final int count;

    public Residents(Jurisdiction jurisdiction, int count) {
        this.jurisdiction = jurisdiction;
        this.count = count;
    }

    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public int getCount() { return count; }
}
