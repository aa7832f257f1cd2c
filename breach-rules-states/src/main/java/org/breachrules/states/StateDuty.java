package org.breachrules.states;

import org.breachrules.api.StateRecipient;

import java.util.Optional;

/**
 * One notice a state statute still requires of a HIPAA covered entity or business associate after it met the federal
 * rule. Exactly one of {@link #deadline()} and {@link #timing()} is present.
 *
 * @param recipient who receives the notice
 * @param recipientName the recipient as named in the statute, e.g. "Texas Attorney General"
 * @param threshold the resident count that triggers the duty
 * @param deadline days after an event, or empty when {@link #timing()} orders the duty instead
 * @param timing an ordering relative to another notice, or empty when there is a deadline
 * @param requiresHhsNotice true when the duty exists only if the entity notifies HHS (NY GBL 899-aa(9), IL 530/50)
 * @param citation the statute provision
 * @param source where the duty was read, with the date read
 * @param confidence whether the duty was confirmed against the statute's text
 * @param notes open points, or empty
 */
public record StateDuty(StateRecipient recipient, String recipientName, Threshold threshold, Optional<Deadline> deadline,
        Optional<Timing> timing, boolean requiresHhsNotice, String citation, String source, org.breachrules.api.Confidence confidence,
        Optional<String> notes) {
    public StateDuty {
        if (recipient == null || threshold == null || confidence == null || deadline == null || timing == null
                || notes == null) {
            throw new IllegalArgumentException("recipient, threshold and confidence are required");
        }
        requireText(recipientName, "recipientName");
        requireText(citation, "citation");
        requireText(source, "source");
        if (deadline.isPresent() == timing.isPresent()) {
            throw new IllegalArgumentException("a duty has exactly one of deadline and timing");
        }
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
