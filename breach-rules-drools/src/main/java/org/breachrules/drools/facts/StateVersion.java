package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.breachrules.api.Jurisdiction;
import org.breachrules.states.HipaaClause;
import org.breachrules.states.StateLawVersion;

/**
 * One version of a jurisdiction's breach statute, with its duties. state-law.drl reaches it from each case's states
 * through the {@code stateLaw} global ({@link StateLawFacts#versionsOf}): never inserted, so no session pays for the
 * states its cases do not name. Immutable once read.
 */
public final class StateVersion {
    private final Jurisdiction jurisdiction;
    private final StateLawVersion version;
    private final LocalDate until;
    private final boolean first;
    private final java.util.List<StateDutyData> duties = new java.util.ArrayList<>(4);
    /** The definition's data elements in words: built once, read by every finding that names them. */
    private final String personalInformationInWords;
    /** Whether any duty depends on the definition of personal information (one not owed for notifying HHS). */
    private boolean dutiesTiedToDefinition;
    /** Whether any duty is owed for notifying HHS, and whether any rests on secondary sources. */
    private boolean dutiesForHhsNotice;
    private boolean secondaryDuties;

    /**
     * @param until the next version's effectiveFrom (this one governs clock starts before it); null for the latest
     * @param first whether this is the jurisdiction's earliest version in the data
     */
    public StateVersion(Jurisdiction jurisdiction, StateLawVersion version, LocalDate until, boolean first) {
        this.jurisdiction = jurisdiction;
        this.version = version;
        this.until = until;
        this.first = first;
        this.personalInformationInWords = version.personalInformation().stream().map(Enum::name).sorted()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public Jurisdiction getJurisdiction() { return jurisdiction; }
    public StateLawVersion getVersion() { return version; }
    public LocalDate getEffectiveFrom() { return version.effectiveFrom(); }
    /** The first clock start this version no longer governs (the next version's effectiveFrom); null when it is the latest. Not named "until": a keyword of the classic engine's MVEL parser. */
    public LocalDate getSupersededOn() { return until; }
    public boolean isFirst() { return first; }
    /** The duties of this version, in the data's order. */
    public java.util.List<StateDutyData> getDuties() { return java.util.Collections.unmodifiableList(duties); }
    /** Adds a duty while the data is read; {@link StateLawFacts} alone calls it, before any session sees this. */
    void addDuty(StateDutyData duty) {
        duties.add(duty);
        dutiesTiedToDefinition |= !duty.isRequiresHhsNotice();
        dutiesForHhsNotice |= duty.isRequiresHhsNotice();
        secondaryDuties |= duty.getDuty().confidence() == org.breachrules.api.Confidence.SECONDARY;
    }

    /** Whether any of its duties is owed by an entity that notifies HHS, whatever data was exposed. */
    public boolean isDutiesForHhsNotice() { return dutiesForHhsNotice; }

    /** Whether any of its duties rests on secondary sources (confidence SECONDARY). */
    public boolean isSecondaryDuties() { return secondaryDuties; }

    /** Whether any of its duties depends on the definition of personal information (not owed for notifying HHS). */
    public boolean isDutiesTiedToDefinition() { return dutiesTiedToDefinition; }
    public HipaaClause getHipaaClause() { return version.hipaaClause(); }
    /** FULL_EXEMPTION or DEEMED_COMPLIANT: HIPAA compliance leaves no state duty. */
    public boolean isLeavesNoDuty() { return version.hipaaClause().leavesNoDuty(); }
    public String getStatute() { return version.statute(); }
    public String getHipaaClauseCitation() { return version.hipaaClauseCitation(); }

    /** Whether this version governs a breach whose clock started on {@code clockStart}. */
    public boolean isInForceOn(LocalDate clockStart) {
        return !version.effectiveFrom().isAfter(clockStart) && (until == null || clockStart.isBefore(until));
    }

    /** The data elements of the state's definition of personal information, in words, for findings. */
    public String personalInformationInWords() {
        return personalInformationInWords;
    }

    @Override
    public String toString() {
        return "StateVersion[" + jurisdiction + " " + version.effectiveFrom() + "]";
    }
}
