package org.breachrules.drools.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;

/**
 * What the factor (i) and (iv) messages of {@code risk-assessment.drl} say the scored PHI types or mitigations are.
 * The words the messages have always used ("financial, government or credential identifiers, or sensitive
 * information") describe the federal default sets of {@code policy.drl}; they are used only while the set in force is
 * exactly the one they describe. Under any other set the message names the values of the incident the set matched
 * ("SSN and DIAGNOSIS, which the policy treats as high risk"), so a message never describes a set that is not in force.
 * Wording only: the rules decide the level; nothing here decides anything.
 *
 * <p>The sets below are those of {@code policy.drl}; a test checks they still are. Should the defaults change, a
 * message falls back to naming the values until these sets follow.
 */
public final class RiskWords {
    /** {@code highRiskPhiTypes} as policy.drl sets it, which the factor (i) HIGH words describe. */
    static final Set<PhiType> HIGH_RISK_PHI_TYPES = EnumSet.of(PhiType.SSN, PhiType.DRIVERS_LICENSE,
            PhiType.FINANCIAL_ACCOUNT, PhiType.PAYMENT_CARD, PhiType.SENSITIVE_CONDITION, PhiType.BIOMETRIC,
            PhiType.CREDENTIALS);
    /** {@code mediumRiskPhiTypes} as policy.drl sets it, which the factor (i) MEDIUM words describe. */
    static final Set<PhiType> MEDIUM_RISK_PHI_TYPES = EnumSet.of(PhiType.DIAGNOSIS, PhiType.TREATMENT,
            PhiType.MEDICATION, PhiType.LAB_RESULTS, PhiType.MEDICAL_RECORD_NUMBER, PhiType.HEALTH_PLAN_ID,
            PhiType.PHOTO, PhiType.OTHER);
    /** {@code effectiveMitigations} as policy.drl sets it, which the factor (iv) LOW words describe. */
    static final Set<Mitigation> EFFECTIVE_MITIGATIONS = EnumSet.of(Mitigation.RETRIEVED,
            Mitigation.DESTROYED_WITH_ATTESTATION, Mitigation.CONFIDENTIALITY_ASSURANCE, Mitigation.REMOTE_WIPED);
    /** {@code containmentMitigations} as policy.drl sets it, which the factor (iv) MEDIUM words describe. */
    static final Set<Mitigation> CONTAINMENT_MITIGATIONS = EnumSet.of(Mitigation.ACCESS_REVOKED,
            Mitigation.EXPOSURE_CLOSED, Mitigation.RESTORED_FROM_BACKUP);

    private RiskWords() {
    }

    /**
     * Factor (i) HIGH: what made it high.
     *
     * @param high  the policy's {@code highRiskPhiTypes}
     * @param types the incident's PHI types
     */
    public static String highRiskPhi(Set<PhiType> high, Collection<PhiType> types) {
        return high.equals(HIGH_RISK_PHI_TYPES)
                ? "financial, government or credential identifiers, or sensitive information"
                : Words.and(matched(types, high)) + ", which the policy treats as high risk";
    }

    /**
     * Factor (i) MEDIUM: what made it medium.
     *
     * @param medium the policy's {@code mediumRiskPhiTypes}
     * @param types  the incident's PHI types
     */
    public static String mediumRiskPhi(Set<PhiType> medium, Collection<PhiType> types) {
        return medium.equals(MEDIUM_RISK_PHI_TYPES)
                ? "clinical or health identifiers"
                : Words.and(matched(types, medium)) + ", which the policy treats as medium risk";
    }

    /**
     * Factor (i) LOW: what the PHI was, none of it high or medium risk.
     *
     * @param high   the policy's {@code highRiskPhiTypes}
     * @param medium the policy's {@code mediumRiskPhiTypes}
     * @param types  the incident's PHI types
     */
    public static String lowRiskPhi(Set<PhiType> high, Set<PhiType> medium, Collection<PhiType> types) {
        if (high.equals(HIGH_RISK_PHI_TYPES) && medium.equals(MEDIUM_RISK_PHI_TYPES)) {
            return "demographic or contact information only";
        }
        List<PhiType> recorded = matched(types, EnumSet.allOf(PhiType.class));
        return recorded.isEmpty() ? "no PHI type recorded that the policy treats as high or medium risk"
                : Words.and(recorded) + ", which the policy treats as neither high nor medium risk";
    }

    /**
     * Factor (iv) LOW: the mitigation that counts.
     *
     * @param effective   the policy's {@code effectiveMitigations}
     * @param mitigations the incident's mitigations
     */
    public static String effectiveMitigation(Set<Mitigation> effective, Collection<Mitigation> mitigations) {
        return effective.equals(EFFECTIVE_MITIGATIONS)
                ? "the PHI was retrieved, destroyed with attestation, covered by a confidentiality assurance, or wiped"
                : Words.and(matched(mitigations, effective)) + ", which the policy counts as effective mitigation";
    }

    /**
     * Factor (iv) LOW when the person misused the PHI on purpose: the mitigation that counts besides their
     * confidentiality assurance, which does not.
     *
     * @param effective   the policy's {@code effectiveMitigations}
     * @param mitigations the incident's mitigations
     */
    public static String effectiveMitigationBesidesAssurance(Set<Mitigation> effective,
                                                             Collection<Mitigation> mitigations) {
        if (effective.equals(EFFECTIVE_MITIGATIONS)) {
            return "the PHI was retrieved, destroyed with attestation, or wiped";
        }
        List<Mitigation> counted = new ArrayList<>(matched(mitigations, effective));
        counted.remove(Mitigation.CONFIDENTIALITY_ASSURANCE);
        return Words.and(counted) + ", which the policy counts as effective mitigation";
    }

    /**
     * Factor (iv) MEDIUM: how the incident was contained.
     *
     * @param containment the policy's {@code containmentMitigations}
     * @param mitigations the incident's mitigations
     */
    public static String containment(Set<Mitigation> containment, Collection<Mitigation> mitigations) {
        return containment.equals(CONTAINMENT_MITIGATIONS)
                ? "access revoked, exposure closed or systems restored"
                : Words.and(matched(mitigations, containment)) + ", which the policy counts as containment";
    }

    /** The values of the incident in the set, each once, in the enum's order. */
    private static <E extends Enum<E>> List<E> matched(Collection<E> values, Set<E> set) {
        return values.stream().filter(set::contains).distinct().sorted().toList();
    }
}
