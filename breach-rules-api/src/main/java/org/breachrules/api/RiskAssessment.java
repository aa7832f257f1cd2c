package org.breachrules.api;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the four-factor risk assessment the entity performed (45 CFR 164.402(2)). The four factors are
 * required when an assessment is given.
 *
 * @param phiTypes         factor (i): the kinds of information involved; at least one
 * @param recipient        factor (ii): who used or received the PHI
 * @param acquiredOrViewed factor (iii): whether the PHI was actually acquired or viewed
 * @param mitigations      factor (iv): what was done to mitigate the risk; may be empty (none)
 * @param deliberateMisuse (1.1) the unauthorized person acquired, accessed or used the PHI on purpose, knowing it was
 *                         not permitted (snooping, insider theft): factor (ii) is then HIGH whoever they are. Null
 *                         when not given (1.2: bad-faith access is then taken as deliberate)
 * @param completedOn      (1.1) the day the assessment and the evidence it rests on were complete; may be null
 * @param forensicEvidence (1.2) a reference (id or title, 1-200 characters) to the forensic report on which
 *                         {@code acquiredOrViewed: NO} rests; may be null
 */
public record RiskAssessment(
        List<PhiType> phiTypes,
        RecipientType recipient,
        AcquiredOrViewed acquiredOrViewed,
        List<Mitigation> mitigations,
        @Nullable Boolean deliberateMisuse,
        @Nullable LocalDate completedOn,
        @Nullable String forensicEvidence) {

    /** Copies the lists; a null list stays null so that validation can name it. */
    public RiskAssessment {
        phiTypes = Copies.listOrNull(phiTypes);
        mitigations = Copies.listOrNull(mitigations);
    }

    /** The four factors only. */
    public RiskAssessment(List<PhiType> phiTypes, RecipientType recipient, AcquiredOrViewed acquiredOrViewed,
                          List<Mitigation> mitigations) {
        this(phiTypes, recipient, acquiredOrViewed, mitigations, null, null, null);
    }

    /** The 1.1 form. */
    public RiskAssessment(List<PhiType> phiTypes, RecipientType recipient, AcquiredOrViewed acquiredOrViewed,
                          List<Mitigation> mitigations, boolean deliberateMisuse, @Nullable LocalDate completedOn) {
        this(phiTypes, recipient, acquiredOrViewed, mitigations, deliberateMisuse ? Boolean.TRUE : null, completedOn,
                null);
    }

    /** Whether deliberate misuse was recorded as true. */
    public boolean deliberateMisuseRecorded() {
        return Boolean.TRUE.equals(deliberateMisuse);
    }
}
