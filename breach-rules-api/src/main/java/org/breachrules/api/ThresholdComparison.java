package org.breachrules.api;

/** (1.2) How a state threshold counts residents: strictly more than the number, or at least the number. */
public enum ThresholdComparison {
    MORE_THAN,
    AT_LEAST
}
