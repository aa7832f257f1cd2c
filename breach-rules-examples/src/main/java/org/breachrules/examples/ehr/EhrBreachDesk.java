package org.breachrules.examples.ehr;

import java.time.LocalDate;
import java.util.Objects;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.Determination;

/**
 * The EHR's privacy desk: maps a security event and asks the shared {@link BreachDeterminer}. One desk (and one
 * determiner, built once at start-up, e.g. {@code DroolsBreachDeterminer.builtIn()}) serves every request thread.
 *
 * <pre>{@code
 * EhrBreachDesk desk = new EhrBreachDesk(DroolsBreachDeterminer.builtIn());
 * Determination d = desk.assess(event, LocalDate.now(event.facilityZone()));
 * if (d.breach()) { ... d.notifications() ... }
 * }</pre>
 */
public final class EhrBreachDesk {

    private final BreachDeterminer determiner;
    private final EhrIncidentMapper mapper = new EhrIncidentMapper();

    public EhrBreachDesk(BreachDeterminer determiner) {
        this.determiner = Objects.requireNonNull(determiner, "determiner");
    }

    /**
     * The determination for one event as of {@code asOf}.
     *
     * @throws org.breachrules.api.InvalidIncidentException when the event maps to an invalid incident (every
     *                                                      problem with its interchange-format field path)
     */
    public Determination assess(EhrSecurityEvent event, LocalDate asOf) {
        return determiner.determine(mapper.toIncident(event), asOf);
    }
}
