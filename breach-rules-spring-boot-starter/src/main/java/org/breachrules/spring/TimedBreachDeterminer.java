package org.breachrules.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import java.util.List;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;

/**
 * Times every determination ({@value #TIMER}, tagged with the outcome: {@code breach} true or false, or
 * {@code invalid} for an incident the validator refused; {@code batch} for {@code determineAll}). No tag carries
 * incident data. The starter's health probe goes to {@link #observed}, so it is not counted.
 */
final class TimedBreachDeterminer implements ObservingDeterminer, AutoCloseable {
    static final String TIMER = "breach.rules.determinations";

    private final BreachDeterminer delegate;
    private final MeterRegistry registry;

    TimedBreachDeterminer(BreachDeterminer delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public BreachDeterminer observed() {
        return delegate;
    }

    @Override
    public Determination determine(Incident incident, LocalDate asOf) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "invalid";
        try {
            Determination d = delegate.determine(incident, asOf);
            outcome = String.valueOf(d.breach());
            return d;
        } finally {
            sample.stop(timer(outcome));
        }
    }

    @Override
    public List<Determination> determineAll(List<Incident> incidents, LocalDate asOf) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "invalid";
        try {
            List<Determination> all = delegate.determineAll(incidents, asOf);
            outcome = "batch";
            return all;
        } finally {
            sample.stop(timer(outcome));
        }
    }

    private Timer timer(String breach) {
        return Timer.builder(TIMER).description("breach-rules determinations").tag("breach", breach)
                .register(registry);
    }

    @Override
    public String rulesVersion() {
        return delegate.rulesVersion();
    }

    /** Closes the timed determiner when it is closeable (a tuned one; the built-in one ignores it). */
    @Override
    public void close() throws Exception {
        if (delegate instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }
}
