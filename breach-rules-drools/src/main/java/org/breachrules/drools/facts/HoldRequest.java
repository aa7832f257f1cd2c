package org.breachrules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;

import org.breachrules.api.StatementForm;
import org.kie.api.definition.rule.Rule;

/**
 * One law-enforcement statement read as a request to hold notices (45 CFR 164.412): from the day it was made until
 * the day its hold ends. Whether it holds a given notice (it was made while that notice's deadline in force had not
 * passed) is a {@link Hold}. Equal when the same case, form, day and end: two identical statements are one request.
 */
public final class HoldRequest extends Conclusion {
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();

    private final StatementForm form;
    private final LocalDate statedOn;
    private final LocalDate end;

    public HoldRequest(Case forCase, Rule rule, String message, StatementForm form, LocalDate statedOn,
                       LocalDate end) {
        // Findings about several statements read in date order, whatever order the rules reached them in.
        super(forCase, rule, message, (int) (statedOn.toEpochDay() - FIRST_DAY) * 2 + form.ordinal());
        this.form = form;
        this.statedOn = statedOn;
        this.end = end;
    }

    public StatementForm getForm() { return form; }
    /** The day the statement was made: the hold runs from here. */
    public LocalDate getStatedOn() { return statedOn; }
    /** The last day of the hold it asks for. */
    public LocalDate getEnd() { return end; }

    /** A total order of requests of one case: later end first, then later statement, then written over oral. */
    public boolean isLaterThan(HoldRequest other) {
        int c = end.compareTo(other.end);
        if (c == 0) {
            c = statedOn.compareTo(other.statedOn);
        }
        if (c == 0) {
            c = Integer.compare(form.ordinal(), other.form.ordinal());
        }
        return c > 0;
    }

    /** A total order by the day made: earlier first, then earlier end, then oral before written. */
    public boolean isEarlierThan(HoldRequest other) {
        int c = statedOn.compareTo(other.statedOn);
        if (c == 0) {
            c = end.compareTo(other.end);
        }
        if (c == 0) {
            c = Integer.compare(form.ordinal(), other.form.ordinal());
        }
        return c < 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HoldRequest r && r.getForCase() == getForCase() && r.form == form
                && r.statedOn.equals(statedOn) && r.end.equals(end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(getForCase()), form, statedOn, end);
    }
}
