package org.breachrules.cli.register;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.breachrules.api.Incident;
import org.breachrules.api.Mitigation;
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

    /** The portal's type of covered entity, in its words; null when the incident does not give it. */
    public static String entityType(Incident incident) {
        return incident.reporter().entityType() == null ? null : PortalLabels.of(incident.reporter().entityType());
    }

    /** The type of breach in the portal's words; null when not given. */
    public static String breachType(Incident incident) {
        return incident.breachType() == null ? null : PortalLabels.of(incident.breachType());
    }

    /** The locations of the breached information in the portal's words, joined; null when none is given. */
    public static String locations(Incident incident, String separator) {
        return incident.locations().isEmpty() ? null
                : incident.locations().stream().map(PortalLabels::of).collect(Collectors.joining(separator));
    }

    /** The safeguards in place before the breach (format 1.2), in the portal's words; null when not given. */
    public static String safeguardsInPlace(Incident incident, String separator) {
        return incident.safeguardsInPlace().isEmpty() ? null : incident.safeguardsInPlace().stream()
                .map(PortalLabels::of).collect(Collectors.joining(separator));
    }

    /** The actions taken in response, in plain words; null when none is recorded ({@code NONE} records none). */
    public static String actions(Incident incident, String separator) {
        if (incident.riskAssessment() == null || incident.riskAssessment().mitigations() == null) {
            return null;
        }
        List<String> done = incident.riskAssessment().mitigations().stream().filter(m -> m != Mitigation.NONE)
                .map(PortalLabels::of).toList();
        return done.isEmpty() ? null : String.join(separator, done);
    }

    /**
     * The reporter's address on one line, each part the incident lacks as a placeholder; null when no address is
     * given at all.
     */
    public static String address(Incident incident) {
        var a = incident.reporter().address();
        if (a == null) {
            return null;
        }
        return or(a.street(), "[[street]]") + ", " + or(a.city(), "[[city]]") + ", " + or(a.state(), "[[state]]")
                + " " + or(a.zip(), "[[ZIP code]]");
    }

    /** The contact person on one line, each part the incident lacks as a placeholder; null when none is given. */
    public static String contact(Incident incident) {
        var c = incident.reporter().contact();
        if (c == null) {
            return null;
        }
        return Stream.of(or(c.name(), "[[contact name]]"), or(c.title(), "[[contact title]]"),
                or(c.phone(), "[[contact phone]]"), or(c.email(), "[[contact e-mail]]"))
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
    }

    private static String or(String value, String placeholder) {
        return value == null || value.isBlank() ? placeholder : value;
    }
}
