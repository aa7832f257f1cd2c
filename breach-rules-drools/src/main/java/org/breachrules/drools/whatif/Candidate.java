package org.breachrules.drools.whatif;

import org.breachrules.api.Incident;
import org.breachrules.api.WhatIfKind;

/**
 * One entry of the what-if catalogue: the incident with a single fact changed.
 *
 * @param field    the incident field path changed
 * @param change   the change in plain words, phrased to follow "If": "no PHI was involved"
 * @param incident the changed incident
 * @param kind     an open fact settled, evidence the entity could still produce, or a count near a threshold
 */
record Candidate(String field, String change, Incident incident, WhatIfKind kind) {
}
