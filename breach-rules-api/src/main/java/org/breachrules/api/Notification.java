package org.breachrules.api;

import java.time.LocalDate;
import java.util.List;

/**
 * One notification obligation that follows a breach.
 *
 * @param recipient        who must be told
 * @param jurisdiction     {@link Recipient#MEDIA} only: the state or territory whose media must be told; else null
 * @param deadline         the last day the notice may go out (calendar days, no weekend roll-forward)
 * @param delayedUntil     only under a law-enforcement delay: no notice before this day; else null
 * @param citation         the regulation that imposes it, e.g. {@code 45 CFR 164.404(b)}
 * @param substituteNotice {@link Recipient#INDIVIDUALS} only: substitute notice owed; else null
 * @param urgentTelephone  {@link Recipient#INDIVIDUALS} only: telephone notice in addition, for imminent misuse
 * @param content          the content the notice must carry
 * @param daysRemaining    days from the evaluation date to the deadline; negative when overdue
 */
public record Notification(
        Recipient recipient,
        Jurisdiction jurisdiction,
        LocalDate deadline,
        LocalDate delayedUntil,
        String citation,
        SubstituteNotice substituteNotice,
        boolean urgentTelephone,
        List<ContentCode> content,
        long daysRemaining) {

    /** Copies {@code content}; null becomes empty. */
    public Notification {
        content = Copies.listOrEmpty(content);
    }
}
