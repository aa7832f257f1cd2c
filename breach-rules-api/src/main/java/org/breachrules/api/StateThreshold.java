package org.breachrules.api;

/**
 * (1.2) The resident count that triggers a state duty, with how it counts ("more than" or "at least").
 *
 * @param residents  the number in the statute
 * @param comparison {@link ThresholdComparison#MORE_THAN} or {@link ThresholdComparison#AT_LEAST}
 */
public record StateThreshold(int residents, ThresholdComparison comparison) {
}
