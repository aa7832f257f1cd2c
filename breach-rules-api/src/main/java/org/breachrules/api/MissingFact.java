package org.breachrules.api;

import java.util.List;

/**
 * A fact that is absent, provisional or contradicted and could change the answer (interchange format 1.1,
 * {@code missingFacts[]}). The engine never guesses such a fact: it names it here.
 *
 * @param field       the incident field path, e.g. {@code affected.byJurisdiction}
 * @param message     what to find out and why, with the citation; never contains PHI
 * @param couldChange the parts of the determination it could change; never empty
 */
public record MissingFact(String field, String message, List<Impact> couldChange) {

    /** Copies {@code couldChange}; null becomes empty. */
    public MissingFact {
        couldChange = Copies.listOrEmpty(couldChange);
    }
}
