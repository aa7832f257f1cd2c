package org.breachrules.api;

import java.util.List;

/**
 * The facts of the four-factor risk assessment the entity performed (45 CFR 164.402(2)). All four are required when
 * an assessment is given.
 *
 * @param phiTypes         factor (i): the kinds of information involved; at least one
 * @param recipient        factor (ii): who used or received the PHI
 * @param acquiredOrViewed factor (iii): whether the PHI was actually acquired or viewed
 * @param mitigations      factor (iv): what was done to mitigate the risk; may be empty (none)
 */
public record RiskAssessment(
        List<PhiType> phiTypes,
        RecipientType recipient,
        AcquiredOrViewed acquiredOrViewed,
        List<Mitigation> mitigations) {

    /** Copies the lists; a null list stays null so that validation can name it. */
    public RiskAssessment {
        phiTypes = Copies.listOrNull(phiTypes);
        mitigations = Copies.listOrNull(mitigations);
    }
}
