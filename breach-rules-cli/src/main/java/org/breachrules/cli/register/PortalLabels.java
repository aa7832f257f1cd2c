package org.breachrules.cli.register;

import org.breachrules.api.BreachType;
import org.breachrules.api.EntityType;
import org.breachrules.api.Location;
import org.breachrules.api.Mitigation;
import org.breachrules.api.Role;
import org.breachrules.api.SafeguardInPlace;

/**
 * The HHS breach portal's own words for the answers an incident gives as enum values (see
 * docs/hhs-portal-questions.md), so a worksheet or log reads as the form does and never shows an enum name.
 */
public final class PortalLabels {
    private PortalLabels() {
    }

    public static String of(EntityType t) {
        return switch (t) {
            case HEALTH_PLAN -> "Health Plan";
            case HEALTHCARE_PROVIDER -> "Healthcare Provider";
            case HEALTHCARE_CLEARINGHOUSE -> "Healthcare Clearing House";
            case BUSINESS_ASSOCIATE -> "Business Associate";
        };
    }

    public static String of(Role r) {
        return r == Role.BUSINESS_ASSOCIATE ? "Business associate" : "Covered entity";
    }

    public static String of(BreachType t) {
        return switch (t) {
            case HACKING_IT_INCIDENT -> "Hacking/IT Incident";
            case UNAUTHORIZED_ACCESS_DISCLOSURE -> "Unauthorized Access/Disclosure";
            case THEFT -> "Theft";
            case LOSS -> "Loss";
            case IMPROPER_DISPOSAL -> "Improper Disposal";
            case OTHER -> "Other";
        };
    }

    public static String of(Location l) {
        return switch (l) {
            case EMAIL -> "Email";
            case NETWORK_SERVER -> "Network Server";
            case LAPTOP -> "Laptop";
            case DESKTOP_COMPUTER -> "Desktop Computer";
            case PAPER_FILMS -> "Paper/Films";
            case ELECTRONIC_MEDICAL_RECORD -> "Electronic Medical Record";
            case OTHER_PORTABLE_ELECTRONIC_DEVICE -> "Other Portable Electronic Device";
            case OTHER -> "Other";
        };
    }

    public static String of(SafeguardInPlace s) {
        return switch (s) {
            case NONE -> "None";
            case PRIVACY_RULE -> "Privacy Rule Safeguards (Training, Policies and Procedures, etc.)";
            case SECURITY_RULE_ADMINISTRATIVE -> "Security Rule Administrative Safeguards (Risk Analysis, Risk"
                    + " Management, etc.)";
            case SECURITY_RULE_PHYSICAL -> "Security Rule Physical Safeguards (Facility Access Controls, Workstation"
                    + " Security, etc.)";
            case SECURITY_RULE_TECHNICAL -> "Security Rule Technical Safeguards (Access Controls, Transmission"
                    + " Security, Audit Controls, etc.)";
        };
    }

    /** An action taken in response, in plain words; null for {@code NONE}, which records no action. */
    public static String of(Mitigation m) {
        return switch (m) {
            case RETRIEVED -> "Retrieved the information";
            case DESTROYED_WITH_ATTESTATION -> "Obtained an attestation that the information was destroyed";
            case CONFIDENTIALITY_ASSURANCE -> "Obtained an assurance of confidentiality";
            case REMOTE_WIPED -> "Wiped the device remotely";
            case ACCESS_REVOKED -> "Revoked the access";
            case EXPOSURE_CLOSED -> "Closed the exposure";
            case RESTORED_FROM_BACKUP -> "Restored the data from backup";
            case NONE -> null;
        };
    }
}
