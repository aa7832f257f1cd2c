package org.breachrules.json;

import java.util.List;
import org.breachrules.api.Incident;
import org.breachrules.api.Violation;

/**
 * What {@link IncidentReader} made of a document.
 *
 * @param incidents  the incidents, in document order; empty whenever there are violations (bad input is rejected,
 *                   never half used)
 * @param array      whether the document was a JSON array (so the answer should be an array too)
 * @param violations every problem found, in document order, each with its field path ({@code [i].} prefixed for an
 *                   array); empty when the document is valid
 */
public record ReadResult(List<Incident> incidents, boolean array, List<Violation> violations) {

    /** Copies the lists; null becomes empty. */
    public ReadResult {
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
        violations = violations == null ? List.of() : List.copyOf(violations);
    }

    /** Whether the document is valid: no violations. */
    public boolean ok() {
        return violations.isEmpty();
    }
}
