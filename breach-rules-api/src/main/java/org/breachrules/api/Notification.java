package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * One notification obligation that follows a breach.
 *
 * @param recipient        who must be told
 * @param jurisdiction     {@link Recipient#MEDIA} only: the state or territory whose media must be told; else null.
 *                         Null for a {@code MEDIA} entry too when the state cannot be known from the facts given
 *                         (status {@link NotificationStatus#UNDETERMINED})
 * @param deadline         the last day the notice may go out (calendar days, no weekend roll-forward), after any
 *                         law-enforcement delay; for an {@code UNDETERMINED} entry the day by which the duty must be
 *                         settled; null only while a written law-enforcement statement holds it with no end
 * @param delayedUntil     only under a law-enforcement delay: no notice before this day; else null
 * @param citation         the regulation that imposes it, e.g. {@code 45 CFR 164.404(b)}
 * @param substituteNotice {@link Recipient#INDIVIDUALS} only: substitute notice owed; else null
 * @param urgentTelephone  {@link Recipient#INDIVIDUALS} only: telephone notice in addition, for imminent misuse
 * @param content          the content the notice must carry
 * @param status           (1.1) where it stands on the evaluation date
 * @param daysRemaining    (1.1 in the contract) days from the evaluation date to the deadline, negative when overdue;
 *                         null when sent, or undetermined without a deadline
 * @param sentOn           (1.1) the day it was sent, from the incident's {@code noticesSent}; else null
 * @param dependsOn        (1.1) {@code UNDETERMINED} entries: the incident fields that would settle the duty; else
 *                         empty
 * @param notifiedSoFar    (1.2) {@link Recipient#INDIVIDUALS} sent in waves: individuals reached so far; else null
 * @param performedBy      (1.2) the notice is delegated to a business associate; else null
 */
public record Notification(
        Recipient recipient,
        @Nullable Jurisdiction jurisdiction,
        @Nullable LocalDate deadline,
        @Nullable LocalDate delayedUntil,
        String citation,
        @Nullable SubstituteNotice substituteNotice,
        boolean urgentTelephone,
        List<ContentCode> content,
        NotificationStatus status,
        @Nullable Long daysRemaining,
        @Nullable LocalDate sentOn,
        List<String> dependsOn,
        @Nullable Integer notifiedSoFar,
        @Nullable NotificationDelegate performedBy) {

    /** Copies the lists; null becomes empty. */
    public Notification {
        content = Copies.listOrEmpty(content);
        dependsOn = Copies.listOrEmpty(dependsOn);
    }

    /** The 1.1 form, without waves or delegation. */
    public Notification(Recipient recipient, @Nullable Jurisdiction jurisdiction, @Nullable LocalDate deadline,
                        @Nullable LocalDate delayedUntil, String citation, @Nullable SubstituteNotice substituteNotice,
                        boolean urgentTelephone, List<ContentCode> content, NotificationStatus status,
                        @Nullable Long daysRemaining, @Nullable LocalDate sentOn, List<String> dependsOn) {
        this(recipient, jurisdiction, deadline, delayedUntil, citation, substituteNotice, urgentTelephone, content,
                status, daysRemaining, sentOn, dependsOn, null, null);
    }

    /**
     * A version 1 notification, not sent: {@link NotificationStatus#DUE}, or {@link NotificationStatus#OVERDUE} when
     * {@code daysRemaining} is negative.
     */
    public Notification(Recipient recipient, @Nullable Jurisdiction jurisdiction, @Nullable LocalDate deadline, @Nullable LocalDate delayedUntil,
                        String citation, @Nullable SubstituteNotice substituteNotice, boolean urgentTelephone,
                        List<ContentCode> content, long daysRemaining) {
        this(recipient, jurisdiction, deadline, delayedUntil, citation, substituteNotice, urgentTelephone, content,
                daysRemaining < 0 ? NotificationStatus.OVERDUE : NotificationStatus.DUE, daysRemaining, null,
                List.of());
    }
}
