package org.breachrules.cli.register;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.breachrules.api.Incident;
import org.breachrules.api.PhiType;

/**
 * Answers to the HHS breach portal's questions that an incident gives, shared by the annual log ({@link HhsLog})
 * and the portal worksheet of the notice drafts. Null where the incident does not say: each caller shows that its
 * own way (a blank named in the log, a placeholder in the worksheet).
 */
public final class PortalFields {
    private static final Set<PhiType> DEMOGRAPHIC = EnumSet.of(PhiType.NAME, PhiType.ADDRESS, PhiType.DATE_OF_BIRTH,
            PhiType.CONTACT_INFO, PhiType.SSN, PhiType.DRIVERS_LICENSE, PhiType.PHOTO, PhiType.BIOMETRIC);
    private static final Set<PhiType> FINANCIAL = EnumSet.of(PhiType.FINANCIAL_ACCOUNT, PhiType.PAYMENT_CARD);
    private static final Set<PhiType> CLINICAL = EnumSet.of(PhiType.DIAGNOSIS, PhiType.TREATMENT, PhiType.MEDICATION,
            PhiType.LAB_RESULTS, PhiType.SENSITIVE_CONDITION, PhiType.MEDICAL_RECORD_NUMBER, PhiType.HEALTH_PLAN_ID);

    private PortalFields() {
    }

    /**
     * The portal's categories of PHI (demographic, financial, clinical, other), sorted, from the risk assessment.
     *
     * @return the categories; null when the incident names no PHI type
     */
    public static Set<String> phiCategories(Incident incident) {
        if (incident.riskAssessment() == null || incident.riskAssessment().phiTypes() == null
                || incident.riskAssessment().phiTypes().isEmpty()) {
            return null;
        }
        Set<String> categories = new TreeSet<>();
        for (PhiType t : incident.riskAssessment().phiTypes()) {
            categories.add(DEMOGRAPHIC.contains(t) ? "demographic" : FINANCIAL.contains(t) ? "financial"
                    : CLINICAL.contains(t) ? "clinical" : "other");
        }
        return categories;
    }

    /**
     * The safeguards in place before the breach: encryption and destruction as the incident records them.
     *
     * @return e.g. "encryption NIST_SP_800_111; destruction REDACTED"; null when none is recorded
     */
    public static String safeguards(Incident incident) {
        if (incident.safeguards() == null) {
            return null;
        }
        List<String> s = new ArrayList<>();
        if (incident.safeguards().encryption() != null) {
            s.add("encryption " + incident.safeguards().encryption().standard());
        }
        if (incident.safeguards().destruction() != null) {
            s.add("destruction " + incident.safeguards().destruction().method());
        }
        return s.isEmpty() ? null : String.join("; ", s);
    }
}
