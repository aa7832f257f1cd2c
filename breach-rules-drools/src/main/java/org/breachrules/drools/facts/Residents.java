package org.breachrules.drools.facts;

import org.breachrules.api.Jurisdiction;

/** How many affected individuals reside in one state or territory. */
public final class Residents {
    private final Jurisdiction jurisdiction;
    private final int count;
    private final boolean reporterState;

    public Residents(Jurisdiction jurisdiction, int count) {
        this(jurisdiction, count, false);
    }

    /** @param reporterState whether this is the reporter's own state ({@code reporter.address.state}) */
    public Residents(Jurisdiction jurisdiction, int count, boolean reporterState) {
        this.jurisdiction = jurisdiction;
        this.count = count;
        this.reporterState = reporterState;
    }

    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public int getCount() { return count; }
    /** The reporter's own state (it may also have residents listed). */
    public boolean isReporterState() { return reporterState; }
}
