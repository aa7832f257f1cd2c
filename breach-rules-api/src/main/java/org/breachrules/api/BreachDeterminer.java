package org.breachrules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an incident is a reportable breach of unsecured PHI, who must be told and by when.
 *
 * <p>Implementations are thread-safe: build one per rule set and share it. Each call is isolated from every other.
 * The evaluation date is always an argument, never the system clock, so results are reproducible.
 */
public interface BreachDeterminer {

    /**
     * Determines the outcome for one incident.
     *
     * @param incident the incident
     * @param asOf     the evaluation date; deadlines count down from it
     * @return the determination
     * @throws InvalidIncidentException when the incident is invalid; it lists every problem with its field path
     */
    Determination determine(Incident incident, LocalDate asOf);

    /**
     * Determines the outcome for each incident, in order. Every incident is validated first, so either all are
     * evaluated or none is.
     *
     * @throws InvalidIncidentException listing the problems of every invalid incident, paths prefixed {@code [i].}
     */
    default List<Determination> determineAll(List<Incident> incidents, LocalDate asOf) {
        IncidentValidator.requireAllValid(incidents, asOf);
        List<Determination> out = new ArrayList<>(incidents.size());
        for (Incident incident : incidents) {
            out.add(determine(incident, asOf));
        }
        return out;
    }

    /** Identifies the exact rule set this determiner runs (a digest of the rule sources). */
    String rulesVersion();
}
