package org.breachrules.api;

import org.jspecify.annotations.Nullable;

/**
 * Substitute notice owed for individuals whose contact information is insufficient (45 CFR 164.404(d)(2)).
 *
 * @param form               the required form
 * @param individuals        how many individuals it is owed to
 * @param postingDays        90 for a web posting or media notice; null for the under-10 form
 * @param tollFreeNumberDays 90 for the toll-free number; null for the under-10 form
 */
public record SubstituteNotice(SubstituteNoticeForm form, int individuals, @Nullable Integer postingDays,
                               @Nullable Integer tollFreeNumberDays) {
}
