package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * The individuals affected.
 *
 * @param total                            individuals whose PHI was, or is reasonably believed to have been,
 *                                         involved; required when PHI is involved
 * @param byJurisdiction                   residents per state or territory; the sum may not exceed {@code total};
 *                                         never null; empty when not known
 * @param insufficientContactInfo          living individuals whose contact information is insufficient or out of
 *                                         date; null when not known (substitute notice cannot then be settled)
 * @param imminentMisuse                   possible imminent misuse: urgent telephone notice in addition to written
 *                                         notice
 * @param totalIsEstimate                  (1.1) {@code total} is an estimate; an HHS addendum follows when it is known
 * @param deceased                         (1.1) individuals known to be deceased, 0 to {@code total}; null when not
 *                                         given. Their notice goes to the next of kin or personal representative.
 * @param deceasedWithoutNextOfKinContact  (1.1) of those, how many have no next of kin or personal representative
 *                                         with a usable address, 0 to {@code deceased}; no substitute notice is owed
 *                                         for them, and they are not counted in {@code insufficientContactInfo}
 */
public record Affected(
        Integer total,
        Map<Jurisdiction, Integer> byJurisdiction,
        @Nullable Integer insufficientContactInfo,
        boolean imminentMisuse,
        boolean totalIsEstimate,
        @Nullable Integer deceased,
        @Nullable Integer deceasedWithoutNextOfKinContact) {

    /** Copies the map, keeping its order; null becomes empty. */
    public Affected {
        byJurisdiction = Copies.mapOrEmpty(byJurisdiction);
    }

    /** Version 1 fields only: an exact count, no deceased individuals given. */
    public Affected(Integer total, Map<Jurisdiction, Integer> byJurisdiction, @Nullable Integer insufficientContactInfo,
                    boolean imminentMisuse) {
        this(total, byJurisdiction, insufficientContactInfo, imminentMisuse, false, null, null);
    }

    /** Affected individuals with only a total. */
    public static Affected total(int total) {
        return new Affected(total, Map.of(), null, false);
    }
}
