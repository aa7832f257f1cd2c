package org.breachrules.cli.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.breachrules.api.Determination;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Recipient;
import org.breachrules.api.StateObligation;
import org.breachrules.api.StateRecipient;

/**
 * The register of obligations across incidents, as of one date: the duties to settle first (undetermined, with what
 * settles them), then overdue, then due within {@value #SOON_DAYS} days, then due later, then sent (late ones marked).
 * Keeps one small row per obligation, never an incident or a determination, so a hundred thousand incidents fit in
 * a small heap.
 */
public final class Register {
    /** "Due soon": within this many days of the evaluation date. */
    public static final int SOON_DAYS = 7;

    /** The groups of the register, in the order it lists them. */
    public enum Group {
        UNDETERMINED("To settle (facts missing)"),
        OVERDUE("Overdue"),
        DUE_SOON("Due within " + SOON_DAYS + " days"),
        DUE_LATER("Due later"),
        SENT("Sent");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One obligation of one incident.
     *
     * @param incidentId    the incident's id
     * @param recipient     who must be told
     * @param jurisdiction  the state, for media; null otherwise (or when unknown)
     * @param status        as of the evaluation date
     * @param deadline      the deadline in force; null when none can be set yet
     * @param daysRemaining days to the deadline, negative when overdue; null when sent or without a deadline
     * @param sentOn        when the notice went out; null when not sent
     * @param dependsOn     for an undetermined one, the incident fields that would settle it
     * @param group         where the register lists it
     * @param stateRecipient  (1.2) for a duty under a state statute, who must be told (then {@code recipient} is
     *                        null and {@code jurisdiction} is the state); null for a federal notice
     * @param delayedUntil  the determination's law-enforcement hold: no notice before this day; null without one
     */
    public record Row(String incidentId, Recipient recipient, Jurisdiction jurisdiction, NotificationStatus status,
                      LocalDate deadline, Long daysRemaining, LocalDate sentOn, List<String> dependsOn, Group group,
                      StateRecipient stateRecipient, LocalDate delayedUntil) {
        /** Whether the notice may not go out yet on {@code asOf} (45 CFR 164.412). */
        public boolean heldOn(LocalDate asOf) {
            return Hold.held(delayedUntil, status, asOf);
        }

        /** Undetermined and its deadline (the day by which it must be settled) already passed. */
        public boolean possiblyOverdue(LocalDate asOf) {
            return status == NotificationStatus.UNDETERMINED && deadline != null && deadline.isBefore(asOf);
        }

        /** Who must be told, as the register prints it: {@code HHS}, or {@code STATE ATTORNEY_GENERAL} for a state duty. */
        public String who() {
            return stateRecipient == null ? recipient.name() : "STATE " + stateRecipient.name();
        }
    }

    private final LocalDate asOf;
    private final List<Row> rows = new ArrayList<>();
    private long incidents;
    private long breaches;

    public Register(LocalDate asOf) {
        this.asOf = asOf;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** Adds every obligation of a determination. */
    public void add(Determination d) {
        incidents++;
        if (d.breach()) {
            breaches++;
        }
        for (Notification n : d.notifications()) {
            rows.add(new Row(d.incidentId(), n.recipient(), n.jurisdiction(), n.status(), n.deadline(),
                    n.daysRemaining(), n.sentOn(), n.dependsOn().isEmpty() ? List.of() : List.copyOf(n.dependsOn()),
                    group(n), null, n.delayedUntil()));
        }
        // (1.2) State duties as rows of their own: nothing records a state notice as sent, so none is ever SENT.
        for (StateObligation s : d.stateObligations()) {
            Long days = s.deadline() == null || s.status() == NotificationStatus.UNDETERMINED ? null
                    : java.time.temporal.ChronoUnit.DAYS.between(d.evaluatedOn() == null ? asOf : d.evaluatedOn(),
                            s.deadline()); // from the determination's own day, as notifications[].daysRemaining
            rows.add(new Row(d.incidentId(), null, s.jurisdiction(), s.status(), s.deadline(), days, null,
                    s.status() == NotificationStatus.UNDETERMINED ? List.of("riskAssessment.phiTypes") : List.of(),
                    group(s.status(), days), s.recipient(), null));
        }
    }

    private static Group group(Notification n) {
        return group(n.status(), n.daysRemaining());
    }

    private static Group group(NotificationStatus status, Long daysRemaining) {
        return switch (status) {
            case OVERDUE -> Group.OVERDUE;
            case UNDETERMINED -> Group.UNDETERMINED;
            case SENT, SENT_LATE -> Group.SENT;
            case DUE -> daysRemaining != null && daysRemaining <= SOON_DAYS ? Group.DUE_SOON : Group.DUE_LATER;
        };
    }

    /** The rows in the register's order: by group, then by deadline (none last), incident id and recipient. */
    public List<Row> rows() {
        List<Row> sorted = rows; // sorted in place: the register keeps one list of rows, however many
        sorted.sort(Comparator.comparing(Row::group)
                .thenComparing(Row::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::incidentId)
                .thenComparing(Row::recipient, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(r -> r.jurisdiction() == null ? "" : r.jurisdiction().name())
                .thenComparing(Row::stateRecipient, Comparator.nullsFirst(Comparator.naturalOrder())));
        return java.util.Collections.unmodifiableList(sorted);
    }

    /** How many obligations each status has. */
    public Map<NotificationStatus, Integer> countsByStatus() {
        Map<NotificationStatus, Integer> counts = new EnumMap<>(NotificationStatus.class);
        for (NotificationStatus s : NotificationStatus.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    public long incidents() {
        return incidents;
    }

    public long breaches() {
        return breaches;
    }
}
