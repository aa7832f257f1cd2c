package org.breachrules.drools.whatif;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.breachrules.api.Basis;
import org.breachrules.api.Determination;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.SubstituteNoticeForm;
import org.breachrules.api.WhatIf;

/** Compares the determination under a change with the one it explains, and says what changed in one sentence. */
final class Comparison {
    /** The citation of each basis, as the rule that concludes it cites it. */
    private static final Map<Basis, String> CITATION = new EnumMap<>(Basis.class);

    static {
        CITATION.put(Basis.NO_PHI, "45 CFR 164.402; 45 CFR 164.514(b)");
        CITATION.put(Basis.PERMITTED_BY_PRIVACY_RULE, "45 CFR 164.402");
        CITATION.put(Basis.EXCEPTION_UNINTENTIONAL_WORKFORCE_ACCESS, "45 CFR 164.402(1)(i)");
        CITATION.put(Basis.EXCEPTION_INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, "45 CFR 164.402(1)(ii)");
        CITATION.put(Basis.EXCEPTION_RECIPIENT_COULD_NOT_RETAIN, "45 CFR 164.402(1)(iii)");
        CITATION.put(Basis.SECURED_BY_ENCRYPTION, "45 CFR 164.402; HHS guidance on unsecured PHI (74 FR 42740)");
        CITATION.put(Basis.SECURED_BY_DESTRUCTION, "45 CFR 164.402; HHS guidance on unsecured PHI (74 FR 42740)");
        CITATION.put(Basis.LOW_PROBABILITY_OF_COMPROMISE, "45 CFR 164.402(2)");
        CITATION.put(Basis.ELECTED_TO_NOTIFY, "45 CFR 164.402(2); HHS Breach Notification Rule guidance");
        CITATION.put(Basis.PRESUMED_BREACH_NO_ASSESSMENT, "45 CFR 164.402(2); 45 CFR 164.414(b)");
        CITATION.put(Basis.RISK_ASSESSMENT_NOT_LOW, "45 CFR 164.402(2)");
    }

    private Comparison() {
    }

    /** The what-if for this change, or null when it changes neither outcome, basis nor any obligation. */
    static Ranked of(Candidate candidate, Determination base, Determination changed) {
        Map<String, Notification> before = byKey(base);
        Map<String, Notification> after = byKey(changed);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(added::add);
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(removed::add);
        for (Map.Entry<String, Notification> e : before.entrySet()) {
            Notification now = after.get(e.getKey());
            if (now != null && movedDeadline(e.getValue(), now)) {
                moved.add(e.getKey() + " from " + deadline(e.getValue()) + " to " + deadline(now));
            } else if (now != null && settled(e.getValue(), now)) {
                settled.add(e.getKey() + " becomes " + now.status());
            }
        }
        String substitute = substituteChange(before.get("INDIVIDUALS"), after.get("INDIVIDUALS"));
        if (!settled.isEmpty()) {
            substitute = substitute == null ? String.join(", ", settled)
                    : String.join(", ", settled) + "; " + substitute;
        }
        boolean breachChanged = base.breach() != changed.breach();
        boolean basisChanged = base.basis() != changed.basis();
        String states = breachChanged ? null : stateChange(base, changed);
        if (states != null) {
            substitute = substitute == null ? states : substitute + "; " + states;
        }
        if (!breachChanged && !basisChanged && added.isEmpty() && removed.isEmpty() && moved.isEmpty()
                && substitute == null) {
            return null;
        }
        String message = message(candidate, changed, breachChanged, basisChanged, added, removed, moved, substitute);
        int weight = (breachChanged ? 1000 : 0) + (basisChanged ? 100 : 0) + 10 * (added.size() + removed.size())
                + (substitute != null ? 5 : 0) + (moved.isEmpty() ? 0 : 1);
        return new Ranked(new WhatIf(candidate.field(), candidate.change(), changed.breach(), changed.basis(), added,
                removed, !moved.isEmpty(), message, candidate.kind()), weight);
    }

    /**
     * A what-if with its weight: outcome first, then basis, then obligations added or removed, then substitute notice
     * or an obligation settled, then dates.
     */
    record Ranked(WhatIf whatIf, int weight) {
    }

    private static String message(Candidate candidate, Determination changed, boolean breachChanged,
                                  boolean basisChanged, List<String> added, List<String> removed, List<String> moved,
                                  String substitute) {
        List<String> parts = new ArrayList<>();
        String basis = " (" + changed.basis() + ", " + CITATION.get(changed.basis()) + ")";
        if (breachChanged) {
            parts.add((changed.breach() ? "a breach" : "not a breach") + basis);
        } else if (basisChanged) {
            parts.add((changed.breach() ? "still a breach" : "still not a breach") + ", on another basis" + basis);
        }
        if (!added.isEmpty()) {
            parts.add("notice owed to " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("no notice owed to " + String.join(", ", removed));
        }
        if (!moved.isEmpty()) {
            parts.add("deadline moves: " + String.join("; ", moved));
        }
        if (substitute != null) {
            parts.add(substitute);
        }
        return "If " + candidate.change() + ": " + String.join("; ", parts) + ".";
    }

    /**
     * (1.2) State-law duties owed under the change and not before, or the reverse, in words; null when the same.
     * They are not federal recipients, so the message names them and notificationsAdded does not.
     */
    private static String stateChange(Determination before, Determination after) {
        java.util.Set<String> was = stateKeys(before);
        java.util.Set<String> now = stateKeys(after);
        List<String> parts = new ArrayList<>();
        List<String> added = now.stream().filter(k -> !was.contains(k)).toList();
        List<String> removed = was.stream().filter(k -> !now.contains(k)).toList();
        if (!added.isEmpty()) {
            parts.add("state notice owed to " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("no state notice owed to " + String.join(", ", removed));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static java.util.Set<String> stateKeys(Determination d) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        d.stateObligations().forEach(o -> keys.add(o.jurisdiction() + " " + o.recipient()));
        return keys;
    }

    /** An obligation the facts could not settle (UNDETERMINED) becomes settled, or the reverse. */
    private static boolean settled(Notification a, Notification b) {
        return a.status() != b.status()
                && (a.status() == NotificationStatus.UNDETERMINED || b.status() == NotificationStatus.UNDETERMINED);
    }

    /** The deadline in force changed (a delay that ends before the deadline moves nothing). */
    private static boolean movedDeadline(Notification a, Notification b) {
        return !Objects.equals(a.deadline(), b.deadline());
    }

    /**
     * Substitute notice (164.404(d)(2)) is part of the individuals' obligation, not a recipient of its own: a change
     * to it is named in the message only.
     */
    private static String substituteChange(Notification before, Notification after) {
        if (before == null || after == null) {
            return null;
        }
        SubstituteNoticeForm was = before.substituteNotice() == null ? null : before.substituteNotice().form();
        SubstituteNoticeForm now = after.substituteNotice() == null ? null : after.substituteNotice().form();
        if (was == now) {
            return null;
        }
        return now == null ? "no substitute notice owed" : "substitute notice owed (" + now + ")";
    }

    private static String deadline(Notification n) {
        String date = n.deadline() == null ? "none (" + n.status() + ")" : n.deadline().toString();
        return n.delayedUntil() == null ? date : date + " (delayed until " + n.delayedUntil() + ")";
    }

    /** The obligations by key: {@code RECIPIENT}, or {@code RECIPIENT:XX} when it is owed per jurisdiction. */
    static Map<String, Notification> byKey(Determination d) {
        Map<String, Notification> byKey = new LinkedHashMap<>();
        for (Notification n : d.notifications()) {
            byKey.putIfAbsent(n.jurisdiction() == null ? n.recipient().name()
                    : n.recipient() + ":" + n.jurisdiction(), n);
        }
        return byKey;
    }
}
