package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.breachrules.states.ClockStart;
import org.breachrules.states.Ordering;
import org.breachrules.states.StateDuty;

/**
 * One duty of one {@link StateVersion}, as a fact inserted once per session with the state-law data. Immutable.
 */
public final class StateDutyData {
    private final StateVersion version;
    private final StateDuty duty;
    private final int index;

    /** @param index the duty's place in its version's list (orders entries of one state and recipient) */
    public StateDutyData(StateVersion version, StateDuty duty, int index) {
        this.version = version;
        this.duty = duty;
        this.index = index;
    }

    public StateVersion getVersion() { return version; }
    public StateDuty getDuty() { return duty; }
    public int getIndex() { return index; }
    public boolean isRequiresHhsNotice() { return duty.requiresHhsNotice(); }

    /** Whether {@code residents} of the state meet the duty's threshold ("at least" or "more than"). */
    public boolean isMetBy(int residents) { return duty.threshold().isMetBy(residents); }

    public boolean isFromDiscovery() { return from(ClockStart.DISCOVERY); }
    public boolean isFromHhsNotice() { return from(ClockStart.HHS_NOTICE); }
    public boolean isFromIndividualNotice() { return from(ClockStart.INDIVIDUAL_NOTICE); }
    /** Timed by its order relative to another notice instead of a number of days. */
    public boolean isOrdering() { return duty.timing().isPresent(); }

    /** Timed against the notice to individuals (no later than, at the same time as, before it). */
    public boolean isOrderedAgainstIndividualNotice() {
        return duty.timing().map(t -> t.ordering() != Ordering.WITHOUT_UNREASONABLE_DELAY).orElse(false);
    }

    /** The last day, {@code days} calendar or business days after the event on {@code eventDate}. */
    public LocalDate dueAfter(LocalDate eventDate) {
        return duty.deadline().orElseThrow().dueAfter(eventDate);
    }

    /** The deadline in words: "5 business days". */
    public String daysInWords() {
        return duty.deadline().map(d -> d.days() + (d.dayKind() == org.breachrules.states.DayKind.BUSINESS
                ? " business days" : " calendar days")).orElse("");
    }

    private boolean from(ClockStart event) {
        return duty.deadline().map(d -> d.from() == event).orElse(false);
    }

    @Override
    public String toString() {
        return "StateDutyData[" + version.getJurisdiction() + " " + duty.citation() + "]";
    }
}
