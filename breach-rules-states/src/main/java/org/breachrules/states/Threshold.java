package org.breachrules.states;

import org.breachrules.api.ThresholdComparison;

/**
 * The number of the state's residents that triggers a duty, with its operator: {@code AT_LEAST 250} is met by 250,
 * {@code MORE_THAN 500} is not met by 500. A duty owed whenever any resident is notified is {@code AT_LEAST 1}.
 *
 * @param residents the threshold, at least 1
 * @param comparison how a count is compared with it
 */
public record Threshold(int residents, ThresholdComparison comparison) {
    public Threshold {
        if (residents < 1) {
            throw new IllegalArgumentException("residents must be at least 1, was " + residents);
        }
        if (comparison == null) {
            throw new IllegalArgumentException("comparison is required");
        }
    }

    /** True when {@code count} residents of the state meet this threshold. */
    public boolean isMetBy(int count) {
        return count >= fewestMeeting();
    }

    /** The fewest residents that meet this threshold: the number itself, or one more for {@code MORE_THAN}. */
    public int fewestMeeting() {
        return comparison == ThresholdComparison.AT_LEAST ? residents : residents + 1;
    }
}
