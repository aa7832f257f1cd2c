package org.breachrules.drools.facts;

import java.time.LocalDate;
import java.util.Objects;

import org.kie.api.definition.rule.Rule;

/**
 * A law-enforcement request that holds one notice: it was made while that notice's deadline in force had not passed
 * (45 CFR 164.412). No finding of its own; the deadline in force is a {@link DelayedDeadline}. Equal when the same
 * obligation and request, however many chains of statements reach it.
 */
public final class Hold extends Conclusion {
    private final Obligation obligation;
    private final HoldRequest request;

    public Hold(Case forCase, Rule rule, Obligation obligation, HoldRequest request) {
        super(forCase, rule, null);
        this.obligation = obligation;
        this.request = request;
    }

    public Obligation getObligation() { return obligation; }
    public HoldRequest getRequest() { return request; }
    public LocalDate getStatedOn() { return request.getStatedOn(); }
    public LocalDate getEnd() { return request.getEnd(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hold h && h.obligation == obligation && h.request.equals(request);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(obligation), request);
    }
}
