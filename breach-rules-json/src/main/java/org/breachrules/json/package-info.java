/**
 * The JSON interchange format of breach-rules (see {@code interchange-format.md}).
 *
 * <ul>
 *   <li>{@link org.breachrules.json.IncidentReader}: strict reading of an incident or an array of incidents, every
 *       problem reported at once with its field path;</li>
 *   <li>{@link org.breachrules.json.DeterminationWriter}: a determination as JSON, field for field as the contract;</li>
 *   <li>{@link org.breachrules.json.DeterminationReader} and {@link org.breachrules.json.IncidentWriter}: the
 *       inverses, for round trips, tests and generators.</li>
 * </ul>
 *
 * <p>Every class here is immutable and thread-safe. Nothing depends on the default time zone or locale.
 */
package org.breachrules.json;
