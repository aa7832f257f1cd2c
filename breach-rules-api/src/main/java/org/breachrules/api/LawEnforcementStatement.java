package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * (1.2) One law-enforcement statement that notice would impede an investigation (45 CFR 164.412).
 *
 * @param form       oral or written; required
 * @param statedOn   the day of the statement; required, not after the evaluation date
 * @param official   the official's identity; optional (without it the statement still delays, but is not documented)
 * @param delayUntil {@link StatementForm#WRITTEN} only: the end of the period it specifies; absent, it holds like an
 *                   oral statement
 */
public record LawEnforcementStatement(StatementForm form, LocalDate statedOn, @Nullable String official,
                                      @Nullable LocalDate delayUntil) {
}
