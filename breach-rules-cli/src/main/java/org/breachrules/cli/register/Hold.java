package org.breachrules.cli.register;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;

/**
 * A law-enforcement hold (45 CFR 164.412) in the words every document uses: the register, the calendar, the reports
 * and the drafts. The hold is the determination's {@code delayedUntil}, read as it is and never recomputed.
 */
public final class Hold {
    /** The provision that makes the hold. */
    public static final String CITATION = "45 CFR 164.412";

    private Hold() {
    }

    /**
     * Whether a notice is held on {@code asOf}: the determination sets {@code delayedUntil} after that day and the
     * notice has not gone out.
     */
    public static boolean held(LocalDate delayedUntil, NotificationStatus status, LocalDate asOf) {
        return delayedUntil != null && asOf != null && delayedUntil.isAfter(asOf)
                && status != NotificationStatus.SENT && status != NotificationStatus.SENT_LATE;
    }

    /** The sentence for a held notice, its date written by {@code format}; empty when the notice is not held. */
    public static Optional<String> of(Notification n, LocalDate asOf, Function<LocalDate, String> format) {
        return held(n.delayedUntil(), n.status(), asOf) ? Optional.of(sentence(format.apply(n.delayedUntil())))
                : Optional.empty();
    }

    /** "Do not send before DATE: law enforcement asked for a delay (45 CFR 164.412)". */
    public static String sentence(String date) {
        return "Do not send before " + date + ": law enforcement asked for a delay (" + CITATION + ")";
    }
}
