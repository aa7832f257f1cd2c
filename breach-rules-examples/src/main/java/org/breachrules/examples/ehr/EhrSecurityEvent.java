package org.breachrules.examples.ehr;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * A security event as a (fictional) EHR's incident-tracking module records it: its own names, its own enums,
 * timestamps rather than dates, patient counts by state as the EHR's address table spells them. Nothing here knows
 * about breach-rules; {@link EhrIncidentMapper} translates it.
 *
 * @param ticketNumber            the EHR's ticket number, e.g. {@code SEC-2026-00412}
 * @param organization            the legal entity that owns the ticket
 * @param category                what kind of event it is
 * @param systems                 where the data was (EHR, mailbox, laptop, paper, ...)
 * @param occurredAt              when it happened, if known; may be null
 * @param detectedAt              when the workforce first knew of it
 * @param facilityZone            the facility's time zone: the calendar day of an event is the facility's day
 * @param dataElements            the kinds of patient data involved; empty when none
 * @param patientCountByState     patients per state, keyed by the EHR's state abbreviation ("NY", "ny", " Pr ");
 *                                non-US addresses (e.g. "ON") count in the total only
 * @param patientsWithoutAddress  patients with no address on file (counted in the total, in no state)
 * @param patientsWithStaleAddress patients whose address or phone is known to be out of date
 * @param fraudReportedByPatients patients already report misuse: notice is urgent
 * @param device                  for a lost or stolen device or file: how it was protected; null when not a device
 * @param riskReview              the privacy office's documented four-factor review; null when none was done
 * @param lawEnforcementHoldUntil the end of a written law-enforcement hold, if any; may be null
 * @param holdRequestedAt         when the written hold was received; required with {@code lawEnforcementHoldUntil}
 */
public record EhrSecurityEvent(
        String ticketNumber,
        Organization organization,
        Category category,
        Set<SystemKind> systems,
        Instant occurredAt,
        Instant detectedAt,
        ZoneId facilityZone,
        Set<DataElement> dataElements,
        Map<String, Integer> patientCountByState,
        int patientsWithoutAddress,
        int patientsWithStaleAddress,
        boolean fraudReportedByPatients,
        DeviceProtection device,
        RiskReview riskReview,
        Instant holdRequestedAt,
        java.time.LocalDate lawEnforcementHoldUntil) {

    /** The organisation that owns the ticket. */
    public record Organization(String legalName, Kind kind, Integer baaNoticeDays) {
        /** What the organisation is, in the EHR's terms. */
        public enum Kind { HOSPITAL, CLINIC, HEALTH_PLAN, VENDOR_UNDER_BAA }
    }

    /** The EHR's event categories. */
    public enum Category {
        RANSOMWARE, PHISHING, LOST_DEVICE, STOLEN_DEVICE, MISDIRECTED_COMMUNICATION, INAPPROPRIATE_ACCESS,
        IMPROPER_DISPOSAL
    }

    /** Where the data was. */
    public enum SystemKind { EHR, MAILBOX, FILE_SERVER, LAPTOP, WORKSTATION, PHONE_OR_TABLET, PAPER, FAX }

    /** The EHR's data classification. */
    public enum DataElement {
        DEMOGRAPHICS, CONTACT_DETAILS, SOCIAL_SECURITY_NUMBER, INSURANCE_MEMBER_ID, MRN, PROBLEM_LIST,
        MEDICATION_LIST, LAB_RESULT, CLINICAL_NOTE, BEHAVIORAL_HEALTH_NOTE, CARD_ON_FILE, PORTAL_PASSWORD
    }

    /** How a device or file was protected. */
    public record DeviceProtection(Encryption encryption, boolean passwordStoredWithDevice, boolean wasUnlocked) {
        /** The EHR's encryption inventory values. */
        public enum Encryption { NONE, FULL_DISK_FIPS_140, FULL_DISK_SP800_111, PASSWORD_PROTECTED_FILE }
    }

    /** The privacy office's review. */
    public record RiskReview(Receiver receiver, Exfiltration exfiltration, boolean recordsRecovered,
                             boolean destructionAttested, boolean deviceWipedRemotely) {
        /** Who received or accessed the data. */
        public enum Receiver { ANOTHER_PROVIDER, OUR_STAFF, OUR_VENDOR, PATIENT_OR_FAMILY, CRIMINAL, UNKNOWN, INTERNET }

        /** What forensics established. */
        public enum Exfiltration { RULED_OUT, CONFIRMED, UNDETERMINED }
    }
}
