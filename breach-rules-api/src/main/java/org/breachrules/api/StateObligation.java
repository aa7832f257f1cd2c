package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * (1.2) A duty under a state breach-notification statute that remains after federal compliance. State duties never
 * remove or shorten a federal obligation in {@link Determination#notifications()}.
 *
 * @param jurisdiction  the state or territory
 * @param recipient     who must be told
 * @param recipientName the recipient's name, e.g. "New York Department of State"
 * @param deadline      the last day; null when the duty is an ordering (see {@code timing})
 * @param timing        the duty's timing in words when it has no date ("no later than the notice to individuals");
 *                      may be null when a deadline is given
 * @param status        as for notifications
 * @param threshold     the resident count that triggers it
 * @param citation      the statute
 * @param source        where the rule was confirmed
 * @param confidence    {@link Confidence#STATUTE_TEXT} or {@link Confidence#SECONDARY} (confirm with counsel)
 */
public record StateObligation(Jurisdiction jurisdiction, StateRecipient recipient, String recipientName,
                              @Nullable LocalDate deadline, @Nullable String timing, NotificationStatus status,
                              StateThreshold threshold, String citation, String source, Confidence confidence) {
}
