/**
 * The public API of breach-rules: immutable {@link org.breachrules.api.Incident} facts in, an immutable
 * {@link org.breachrules.api.Determination} out, through a {@link org.breachrules.api.BreachDeterminer}.
 *
 * <p>This package depends on the JDK alone. Values mirror the JSON interchange format one to one. Optional values
 * are null when absent (documented on each component); lists and maps are never null once constructed, except the
 * required lists of {@link org.breachrules.api.RiskAssessment}, which stay null so that validation can name them.
 *
 * <p>Nullness is annotated with JSpecify: the package is {@code @NullMarked}, so a value without {@code @Nullable} is
 * non-null in every valid incident and in every determination. An incident not yet validated may hold null anywhere;
 * {@link org.breachrules.api.IncidentValidator} names each such field. The annotations are for tools (IDEs, NullAway,
 * Kotlin); nothing needs them at run time.
 *
 * <p>Stability: every public and protected member of this package is public API under semantic versioning (a
 * removal or an incompatible change waits for a major version). The build guards it: ApiSurfaceTest compares the
 * package's signatures with the checked-in {@code api-surface.txt} and fails on any difference, so a change to the
 * surface is always a deliberate, reviewed edit of that file (docs/packaging.md says how). Outside this package, the
 * supported entry points are {@code DroolsBreachDeterminer} with its {@code Builder}, {@code WhatIfAnalysis}, the
 * JSON module's readers and writers, and the Spring starter's properties; everything else is internal.
 */
@NullMarked
package org.breachrules.api;

import org.jspecify.annotations.NullMarked;
