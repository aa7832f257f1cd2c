package org.breachrules.api;

import java.util.Map;

/**
 * The individuals affected.
 *
 * @param total                   individuals whose PHI was, or is reasonably believed to have been, involved;
 *                                required when PHI is involved
 * @param byJurisdiction          residents per state or territory; the sum may not exceed {@code total}; never null
 * @param insufficientContactInfo living individuals whose contact information is insufficient or out of date;
 *                                null means none known
 * @param imminentMisuse          possible imminent misuse: urgent telephone notice in addition to written notice
 */
public record Affected(
        Integer total,
        Map<Jurisdiction, Integer> byJurisdiction,
        Integer insufficientContactInfo,
        boolean imminentMisuse) {

    /** Copies the map, keeping its order; null becomes empty. */
    public Affected {
        byJurisdiction = Copies.mapOrEmpty(byJurisdiction);
    }

    /** Affected individuals with only a total. */
    public static Affected total(int total) {
        return new Affected(total, Map.of(), null, false);
    }
}
