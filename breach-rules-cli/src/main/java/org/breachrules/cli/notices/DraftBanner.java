package org.breachrules.cli.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationDelegate;
import org.breachrules.api.NotificationStatus;
import org.breachrules.cli.register.Hold;

/**
 * What the sender must know before using a draft, written above it whatever the template says: a law-enforcement
 * hold, an overdue deadline, a duty not yet settled, the individuals already reached and who sends. Every line is read
 * from the determination's entry (status, deadline, {@code delayedUntil}, {@code dependsOn}, {@code notifiedSoFar},
 * {@code sentOn}, {@code performedBy}); nothing is recomputed.
 */
final class DraftBanner {
    private DraftBanner() {
    }

    /** The lines for the draft of one obligation; empty when nothing needs saying. */
    static List<String> lines(Notification n, LocalDate asOf) {
        List<String> lines = new ArrayList<>();
        boolean held = Hold.held(n.delayedUntil(), n.status(), asOf);
        Hold.of(n, asOf, PlainDate::of).ifPresent(hold -> lines.add(hold + "."));
        if (n.status() == NotificationStatus.OVERDUE) {
            lines.add("Overdue: the deadline was " + PlainDate.of(n.deadline()) + ". Send it "
                    + (held ? "as soon as the hold ends" : "now") + " and record why it is late.");
        }
        if (n.status() == NotificationStatus.UNDETERMINED) {
            lines.add("Send only if the duty is confirmed: it is undetermined until "
                    + (n.dependsOn().isEmpty() ? "the facts the determination names are"
                            : String.join(", ", n.dependsOn()) + (n.dependsOn().size() == 1 ? " is" : " are"))
                    + " known" + (n.deadline() == null ? "." : " (to be settled by " + PlainDate.of(n.deadline())
                            + ")."));
        }
        if (n.notifiedSoFar() != null && n.notifiedSoFar() > 0) {
            lines.add(n.notifiedSoFar() + " individual(s) already notified" + (n.sentOn() == null ? ""
                    : ", the latest on " + PlainDate.of(n.sentOn())) + ": send this only to the others.");
        }
        if (n.performedBy() == NotificationDelegate.BUSINESS_ASSOCIATE) {
            lines.add("Sent by the business associate under the agreement; the covered entity remains responsible.");
        }
        return lines;
    }

    /** The banner as text above the draft, or "" when there are no lines. */
    static String text(Notification n, LocalDate asOf) {
        List<String> lines = lines(n, asOf);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n--\n\n";
    }
}
