package org.breachrules.examples.ehr;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachType;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.Location;
import org.breachrules.api.Mitigation;
import org.breachrules.api.PhiType;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Role;
import org.breachrules.api.Safeguards;
import org.breachrules.api.WrittenStatement;
import org.breachrules.examples.ehr.EhrSecurityEvent.DataElement;
import org.breachrules.examples.ehr.EhrSecurityEvent.DeviceProtection;
import org.breachrules.examples.ehr.EhrSecurityEvent.RiskReview;
import org.breachrules.examples.ehr.EhrSecurityEvent.SystemKind;

/**
 * Maps the EHR's {@link EhrSecurityEvent} onto the breach-rules {@link Incident}, field by field. Everything the
 * host knows in its own terms is translated here, in one place a reviewer can read; the rules never see the EHR's
 * types. Dates are the facility's calendar days (never the server's time zone). Stateless and thread-safe.
 */
public final class EhrIncidentMapper {

    /** Maps one event. The result is not validated here: the determiner does that, naming each field. */
    public Incident toIncident(EhrSecurityEvent event) {
        ZoneId zone = event.facilityZone();
        Incident.Builder incident = Incident.builder()
                .id(event.ticketNumber())
                .reporter(reporter(event.organization()))
                .occurredOn(day(event.occurredAt(), zone))
                .discoveredOn(day(event.detectedAt(), zone))
                .phiInvolved(!event.dataElements().isEmpty())
                .permittedByPrivacyRule(false)
                .ransomware(event.category() == EhrSecurityEvent.Category.RANSOMWARE)
                .breachType(breachType(event.category()))
                .locations(locations(event.systems()))
                .safeguards(safeguards(event.device()))
                .affected(affected(event));
        if (event.riskReview() != null) {
            incident.riskAssessment(riskAssessment(event));
        }
        if (event.lawEnforcementHoldUntil() != null) {
            incident.lawEnforcementDelay(new LawEnforcementDelay(null,
                    new WrittenStatement(day(event.holdRequestedAt(), zone), event.lawEnforcementHoldUntil())));
        }
        return incident.build();
    }

    private static Reporter reporter(EhrSecurityEvent.Organization org) {
        return org.kind() == EhrSecurityEvent.Organization.Kind.VENDOR_UNDER_BAA
                ? new Reporter(Role.BUSINESS_ASSOCIATE, org.legalName(), org.baaNoticeDays())
                : new Reporter(Role.COVERED_ENTITY, org.legalName(), null);
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }

    private static BreachType breachType(EhrSecurityEvent.Category category) {
        switch (category) {
            case RANSOMWARE:
            case PHISHING:
                return BreachType.HACKING_IT_INCIDENT;
            case LOST_DEVICE:
                return BreachType.LOSS;
            case STOLEN_DEVICE:
                return BreachType.THEFT;
            case IMPROPER_DISPOSAL:
                return BreachType.IMPROPER_DISPOSAL;
            default:
                return BreachType.UNAUTHORIZED_ACCESS_DISCLOSURE;
        }
    }

    private static List<Location> locations(Set<SystemKind> systems) {
        Set<Location> out = EnumSet.noneOf(Location.class);
        for (SystemKind s : systems) {
            switch (s) {
                case EHR: out.add(Location.ELECTRONIC_MEDICAL_RECORD); break;
                case MAILBOX: out.add(Location.EMAIL); break;
                case FILE_SERVER: out.add(Location.NETWORK_SERVER); break;
                case LAPTOP: out.add(Location.LAPTOP); break;
                case WORKSTATION: out.add(Location.DESKTOP_COMPUTER); break;
                case PHONE_OR_TABLET: out.add(Location.OTHER_PORTABLE_ELECTRONIC_DEVICE); break;
                case PAPER: out.add(Location.PAPER_FILMS); break;
                default: out.add(Location.OTHER); break;
            }
        }
        return List.copyOf(out);
    }

    private static Safeguards safeguards(DeviceProtection device) {
        if (device == null || device.encryption() == DeviceProtection.Encryption.NONE) {
            return null;
        }
        EncryptionStandard standard;
        switch (device.encryption()) {
            case FULL_DISK_FIPS_140: standard = EncryptionStandard.FIPS_140_VALIDATED; break;
            case FULL_DISK_SP800_111: standard = EncryptionStandard.NIST_SP_800_111; break;
            default: standard = EncryptionStandard.OTHER; break;
        }
        return new Safeguards(new Encryption(standard, device.passwordStoredWithDevice(), device.wasUnlocked()),
                null);
    }

    /** Per-state counts: US states and territories by code; anything else (a foreign address) only in the total. */
    private static Affected affected(EhrSecurityEvent event) {
        Map<Jurisdiction, Integer> byJurisdiction = new LinkedHashMap<>();
        int total = event.patientsWithoutAddress();
        for (Map.Entry<String, Integer> e : event.patientCountByState().entrySet()) {
            int count = e.getValue() == null ? 0 : e.getValue();
            total += count;
            Jurisdiction j = jurisdiction(e.getKey());
            if (j != null && count > 0) {
                byJurisdiction.merge(j, count, Integer::sum);
            }
        }
        Integer stale = event.patientsWithStaleAddress() > 0 ? event.patientsWithStaleAddress() : null;
        return new Affected(total, byJurisdiction, stale, event.fraudReportedByPatients());
    }

    private static Jurisdiction jurisdiction(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Jurisdiction.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static RiskAssessment riskAssessment(EhrSecurityEvent event) {
        RiskReview review = event.riskReview();
        List<PhiType> phiTypes = new ArrayList<>();
        for (DataElement d : event.dataElements()) {
            PhiType t = phiType(d);
            if (!phiTypes.contains(t)) {
                phiTypes.add(t);
            }
        }
        List<Mitigation> mitigations = new ArrayList<>();
        if (review.recordsRecovered()) {
            mitigations.add(Mitigation.RETRIEVED);
        }
        if (review.destructionAttested()) {
            mitigations.add(Mitigation.DESTROYED_WITH_ATTESTATION);
        }
        if (review.deviceWipedRemotely()) {
            mitigations.add(Mitigation.REMOTE_WIPED);
        }
        if (mitigations.isEmpty()) {
            mitigations.add(Mitigation.NONE);
        }
        return new RiskAssessment(phiTypes, recipient(review.receiver()), acquired(review.exfiltration()),
                mitigations);
    }

    private static PhiType phiType(DataElement d) {
        switch (d) {
            case DEMOGRAPHICS: return PhiType.NAME;
            case CONTACT_DETAILS: return PhiType.CONTACT_INFO;
            case SOCIAL_SECURITY_NUMBER: return PhiType.SSN;
            case INSURANCE_MEMBER_ID: return PhiType.HEALTH_PLAN_ID;
            case MRN: return PhiType.MEDICAL_RECORD_NUMBER;
            case PROBLEM_LIST: return PhiType.DIAGNOSIS;
            case MEDICATION_LIST: return PhiType.MEDICATION;
            case LAB_RESULT: return PhiType.LAB_RESULTS;
            case CLINICAL_NOTE: return PhiType.TREATMENT;
            case BEHAVIORAL_HEALTH_NOTE: return PhiType.SENSITIVE_CONDITION;
            case CARD_ON_FILE: return PhiType.PAYMENT_CARD;
            case PORTAL_PASSWORD: return PhiType.CREDENTIALS;
            default: return PhiType.OTHER;
        }
    }

    private static RecipientType recipient(RiskReview.Receiver receiver) {
        switch (receiver) {
            case ANOTHER_PROVIDER: return RecipientType.HIPAA_COVERED_ENTITY;
            case OUR_STAFF: return RecipientType.WORKFORCE_SAME_ENTITY;
            case OUR_VENDOR: return RecipientType.BUSINESS_ASSOCIATE;
            case PATIENT_OR_FAMILY: return RecipientType.KNOWN_INDIVIDUAL;
            case CRIMINAL: return RecipientType.MALICIOUS_ACTOR;
            case INTERNET: return RecipientType.PUBLIC;
            default: return RecipientType.UNKNOWN;
        }
    }

    private static AcquiredOrViewed acquired(RiskReview.Exfiltration exfiltration) {
        switch (exfiltration) {
            case RULED_OUT: return AcquiredOrViewed.NO;
            case CONFIRMED: return AcquiredOrViewed.YES;
            default: return AcquiredOrViewed.UNKNOWN;
        }
    }
}
