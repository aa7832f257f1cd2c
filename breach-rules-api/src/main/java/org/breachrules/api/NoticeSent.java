package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A notice the entity has already given (interchange format 1.1, {@code noticesSent[]}). It settles the status of the
 * matching obligation: {@link NotificationStatus#SENT} or {@link NotificationStatus#SENT_LATE}.
 *
 * @param recipient    who was told; required
 * @param jurisdiction {@link Recipient#MEDIA} only, and required there: the state or territory whose media were told
 * @param sentOn       the day the notice went out; required, not before discovery nor after the evaluation date
 */
public record NoticeSent(Recipient recipient, @Nullable Jurisdiction jurisdiction, LocalDate sentOn) {
}
