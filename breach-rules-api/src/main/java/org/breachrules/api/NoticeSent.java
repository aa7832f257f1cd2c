package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * A notice the entity has already given (interchange format 1.1, {@code noticesSent[]}). It settles the status of the
 * matching obligation: {@link NotificationStatus#SENT} or {@link NotificationStatus#SENT_LATE}. (1.2) Individuals'
 * notice may be given in waves, each entry with the {@code count} it reached.
 *
 * @param recipient    who was told; required
 * @param jurisdiction {@link Recipient#MEDIA} only, and required there: the state or territory whose media were told
 * @param sentOn       the day the notice went out; required, not before discovery nor after the evaluation date
 * @param count        (1.2) {@link Recipient#INDIVIDUALS}: how many individuals this mailing reached; at least 1
 * @param method       (1.2) how it was given; optional
 * @param sentBy       (1.2) who sent it; optional (the reporter)
 */
public record NoticeSent(Recipient recipient, @Nullable Jurisdiction jurisdiction, LocalDate sentOn,
                         @Nullable Integer count, @Nullable NoticeMethod method, @Nullable NoticeSender sentBy) {

    /** The 1.1 form: recipient, jurisdiction and date. */
    public NoticeSent(Recipient recipient, @Nullable Jurisdiction jurisdiction, LocalDate sentOn) {
        this(recipient, jurisdiction, sentOn, null, null, null);
    }
}
