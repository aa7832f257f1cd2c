package org.breachrules.api;

/**
 * How the four factors of the risk assessment were scored (45 CFR 164.402(2)).
 *
 * @param natureAndExtent            factor (i)
 * @param unauthorizedRecipient      factor (ii)
 * @param acquiredOrViewed           factor (iii)
 * @param mitigation                 factor (iv)
 * @param lowProbabilityOfCompromise whether the assessment demonstrates a low probability of compromise
 */
public record RiskAssessmentOutcome(
        RiskLevel natureAndExtent,
        RiskLevel unauthorizedRecipient,
        RiskLevel acquiredOrViewed,
        RiskLevel mitigation,
        boolean lowProbabilityOfCompromise) {
}
