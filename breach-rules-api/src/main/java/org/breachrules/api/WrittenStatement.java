package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A law-enforcement official's written statement specifying a delay (45 CFR 164.412(a)).
 *
 * @param statedOn   the date of the statement; required
 * @param delayUntil the end of the period the statement specifies, not before {@code statedOn}; null when the
 *                   statement names no end ("until further notice", 1.1)
 */
public record WrittenStatement(LocalDate statedOn, @Nullable LocalDate delayUntil) {
}
