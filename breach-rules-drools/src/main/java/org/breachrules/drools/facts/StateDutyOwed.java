package org.breachrules.drools.facts;

import java.time.LocalDate;

import org.breachrules.states.StateDuty;
import org.kie.api.definition.rule.Rule;

/**
 * A duty under a state statute, timed: one entry of the determination's {@code stateObligations}. Either a deadline
 * (days after discovery, or after the notice to HHS or to individuals: the day that notice was sent, else its
 * federal deadline as the latest day, which {@link #getTiming()} says) or, for a duty timed by an ordering, no
 * deadline and the timing in words, and the {@linkplain #getLastDay() last day} its status (state-law.drl's
 * StateDutyStatus) is judged against.
 */
public final class StateDutyOwed extends StateConclusion {
    private final StateDutyApplies applies;
    private final LocalDate deadline;
    private final String timing;
    private final LocalDate lastDay;

    private StateDutyOwed(Case forCase, Rule rule, StateDutyApplies applies, LocalDate deadline, String timing,
                          LocalDate lastDay) {
        super(forCase, rule, message(forCase, applies, deadline, timing), applies.getJurisdiction(),
                applies.getDuty().getDuty().citation(),
                order(applies.getJurisdiction(), 1 + applies.getDuty().getIndex()));
        this.applies = applies;
        this.deadline = deadline;
        this.timing = timing;
        this.lastDay = lastDay;
    }

    /** A duty counted in days from discovery (the clock start). */
    public static StateDutyOwed fromDiscovery(Case c, Rule rule, StateDutyApplies a, LocalDate clockStart) {
        LocalDate due = a.getDuty().dueAfter(clockStart);
        return new StateDutyOwed(c, rule, a, due, null, due);
    }

    /**
     * A duty counted in days from a federal notice: from the day it was sent when the incident records it, else from
     * its federal deadline, the latest day it may go out.
     *
     * @param notice         the notice in words ("the notice to HHS")
     * @param sentOn         the day it was sent, or null
     * @param federalDeadline its deadline under the federal rule
     */
    public static StateDutyOwed fromNotice(Case c, Rule rule, StateDutyApplies a, String notice, LocalDate sentOn,
                                           LocalDate federalDeadline) {
        LocalDate event = sentOn != null ? sentOn : federalDeadline;
        LocalDate due = a.getDuty().dueAfter(event);
        String timing = a.getDuty().daysInWords() + " after " + notice + (sentOn != null ? ", sent " + sentOn
                : "; not yet sent, so counted from its federal deadline of " + federalDeadline + " as the latest day");
        return new StateDutyOwed(c, rule, a, due, timing, due);
    }

    /**
     * A duty timed by an ordering: no deadline. One ordered against the notice to individuals is late once that
     * notice's day has passed (the day it was sent, else its federal deadline).
     */
    public static StateDutyOwed ordered(Case c, Rule rule, StateDutyApplies a, LocalDate individualsSentOn,
                                        LocalDate individualsDeadline) {
        String text = a.getDuty().getDuty().timing().orElseThrow().text();
        if (!a.getDuty().isOrderedAgainstIndividualNotice()) {
            return new StateDutyOwed(c, rule, a, null, text, null);
        }
        LocalDate day = individualsSentOn != null ? individualsSentOn : individualsDeadline;
        String timing = text + (individualsSentOn != null ? " (individuals notified " + individualsSentOn + ")"
                : " (the federal deadline for notice to individuals is " + individualsDeadline + ")");
        return new StateDutyOwed(c, rule, a, null, timing, day);
    }

    private static String message(Case c, StateDutyApplies a, LocalDate deadline, String timing) {
        StateDuty d = a.getDuty().getDuty();
        String name = a.getJurisdiction().displayName();
        String threshold = (d.threshold().comparison() == org.breachrules.api.ThresholdComparison.AT_LEAST
                ? "at least " : "more than ") + d.threshold().residents();
        String when = deadline != null ? "no later than " + deadline + (timing == null
                ? " (" + a.getDuty().daysInWords() + " after discovery)" : " (" + timing + ")") : timing;
        String text = name + ": " + a.getState().getCount() + " residents affected (" + threshold + "): notify the "
                + d.recipientName() + ", " + when + ".";
        if (a.isUndetermined()) {
            text += " Owed only if the breach exposed data in " + name + "'s definition of personal information ("
                    + a.getState().getVersion().personalInformationInWords() + "); which data was exposed is not"
                    + " known (riskAssessment.phiTypes).";
        } else if (d.requiresHhsNotice()) {
            text += " Owed because the breach must be reported to HHS, whatever data was exposed.";
        }
        return text;
    }

    public StateDutyApplies getApplies() { return applies; }
    public StateDuty getDuty() { return applies.getDuty().getDuty(); }
    public int getResidents() { return applies.getState().getCount(); }
    /** The last day; null for a duty timed by an ordering. */
    public LocalDate getDeadline() { return deadline; }
    /** The timing in words; null for a duty counted from discovery. */
    public String getTiming() { return timing; }
    /**
     * The day after which the duty is late: its deadline, or for a duty ordered against the notice to individuals
     * that notice's day (sent, else its federal deadline); null for any other ordering. The status is state-law.drl's.
     */
    public LocalDate getLastDay() { return lastDay; }
    /** Owed only if the data exposed falls under the state's definition, which is not known. */
    public boolean isUndetermined() { return applies.isUndetermined(); }
    public boolean isSecondary() { return getDuty().confidence() == org.breachrules.api.Confidence.SECONDARY; }
    /** The duty's place in its version's list. */
    public int getIndex() { return applies.getDuty().getIndex(); }
}
