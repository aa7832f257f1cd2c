/**
 * The state-law overlay's data (interchange format 1.2, "State-law overlay"): for each US state or territory, the
 * duties its general breach-notification statute still imposes on a HIPAA covered entity or business associate that
 * met the federal rule, versioned by effective date, each value with its source and confidence.
 *
 * <p>{@link org.breachrules.states.StateLaws} loads the shipped files (listed in {@code index.txt}) and a tuned rules
 * folder's overrides; {@link org.breachrules.states.BusinessDays} counts US federal business days for the deadlines
 * that are stated in them. Everything here is immutable and thread-safe. The data is research, not legal advice: a
 * {@link org.breachrules.api.Confidence#SECONDARY} value must be confirmed with counsel.
 */
package org.breachrules.states;
