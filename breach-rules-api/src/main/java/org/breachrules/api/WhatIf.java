package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * (1.1) One change of a single fact that would change the answer: the outcome, the basis or an obligation. A
 * what-if is attached to a determination on request and never changes it. It mirrors an entry of the interchange
 * format's {@code whatIf[]} field for field.
 *
 * @param field                the incident field path changed, for example {@code safeguards.encryption}
 * @param change               the change in plain words: "encrypted to NIST SP 800-111 with the key not compromised"
 * @param breach               the outcome under the change
 * @param basis                the basis under the change
 * @param notificationsAdded   obligations the change adds: {@code RECIPIENT}, or {@code MEDIA:XX} for a state's media
 * @param notificationsRemoved obligations the change removes, in the same form
 * @param deadlinesMoved       true when an obligation kept under the change has another deadline or status
 * @param message              one sentence for a report, without PHI
 * @param kind                 (1.2) an open fact, evidence the entity could produce, or a count near a threshold
 */
public record WhatIf(
        String field,
        String change,
        boolean breach,
        Basis basis,
        List<String> notificationsAdded,
        List<String> notificationsRemoved,
        boolean deadlinesMoved,
        String message,
        @Nullable WhatIfKind kind) {

    /** Copies the lists; null becomes empty. */
    public WhatIf {
        notificationsAdded = Copies.listOrEmpty(notificationsAdded);
        notificationsRemoved = Copies.listOrEmpty(notificationsRemoved);
    }

    /** The 1.1 form, without a kind. */
    public WhatIf(String field, String change, boolean breach, Basis basis, List<String> notificationsAdded,
                  List<String> notificationsRemoved, boolean deadlinesMoved, String message) {
        this(field, change, breach, basis, notificationsAdded, notificationsRemoved, deadlinesMoved, message, null);
    }
}
