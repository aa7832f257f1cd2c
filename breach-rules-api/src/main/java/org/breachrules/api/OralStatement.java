package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A law-enforcement official's oral statement that notice would impede an investigation (45 CFR 164.412(b)).
 *
 * @param statedOn the day of the statement; required
 * @param official the identity of the official; without it the statement is not documented and delays nothing
 */
public record OralStatement(LocalDate statedOn, @Nullable String official) {
}
