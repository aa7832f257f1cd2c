package org.breachrules.json;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.Basis;
import org.breachrules.api.BreachType;
import org.breachrules.api.BusinessAssociateDiscovery;
import org.breachrules.api.ContentCode;
import org.breachrules.api.Destruction;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Determination;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Finding;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.Location;
import org.breachrules.api.Mitigation;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.Notification;
import org.breachrules.api.OralStatement;
import org.breachrules.api.Phase;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.ResponseAction;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.RiskLevel;
import org.breachrules.api.Role;
import org.breachrules.api.Safeguards;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.api.SubstituteNoticeForm;
import org.breachrules.api.WrittenStatement;

/** Test data: a fixed evaluation date, a full incident in JSON and as a record, a full determination. */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2027, 3, 15);

    /** Every field of the contract, each with a value. */
    static final String FULL_INCIDENT_JSON = """
            {
              "id": "INC-2027-001",
              "reporter": {"role": "COVERED_ENTITY", "name": "Example Clinic"},
              "occurredOn": "2027-02-20",
              "discoveredOn": "2027-03-01",
              "wouldHaveBeenDiscoveredOn": "2027-02-25",
              "businessAssociate": {"discoveredOn": "2027-02-27", "agentOfCoveredEntity": true},
              "phiInvolved": true,
              "permittedByPrivacyRule": false,
              "electedToNotify": true,
              "exception": {
                "type": "UNINTENTIONAL_WORKFORCE_ACCESS",
                "goodFaith": true,
                "withinScopeOfAuthority": false,
                "recipientAuthorizedAtSameEntityOrOhca": true,
                "furtherImpermissibleUseOrDisclosure": false
              },
              "safeguards": {
                "encryption": {"standard": "NIST_SP_800_111", "keyCompromised": false, "decryptedWhenCompromised": true},
                "destruction": {"method": "REDACTED"}
              },
              "riskAssessment": {
                "phiTypes": ["NAME", "SSN", "DIAGNOSIS"],
                "recipient": "MALICIOUS_ACTOR",
                "acquiredOrViewed": "UNKNOWN",
                "mitigations": ["REMOTE_WIPED", "ACCESS_REVOKED"],
                "deliberateMisuse": true,
                "completedOn": "2027-03-10"
              },
              "affected": {
                "total": 1200,
                "byJurisdiction": {"CA": 700, "PR": 450},
                "insufficientContactInfo": 12,
                "imminentMisuse": true,
                "totalIsEstimate": true,
                "deceased": 3,
                "deceasedWithoutNextOfKinContact": 1
              },
              "lawEnforcementDelay": {
                "oral": {"statedOn": "2027-03-02", "official": "Det. Example, badge 1"},
                "written": {"statedOn": "2027-03-05", "delayUntil": "2027-05-01"}
              },
              "ransomware": true,
              "breachType": "HACKING_IT_INCIDENT",
              "locations": ["LAPTOP", "EMAIL"],
              "noticesSent": [
                {"recipient": "INDIVIDUALS", "sentOn": "2027-03-10"},
                {"recipient": "MEDIA", "jurisdiction": "CA", "sentOn": "2027-03-11"}
              ]
            }
            """;

    private Fixtures() {
    }

    static Incident fullIncident() {
        Map<Jurisdiction, Integer> byJurisdiction = new LinkedHashMap<>();
        byJurisdiction.put(Jurisdiction.CA, 700);
        byJurisdiction.put(Jurisdiction.PR, 450);
        return Incident.builder()
                .id("INC-2027-001")
                .reporter(new Reporter(Role.COVERED_ENTITY, "Example Clinic", null))
                .occurredOn(LocalDate.of(2027, 2, 20))
                .discoveredOn(LocalDate.of(2027, 3, 1))
                .wouldHaveBeenDiscoveredOn(LocalDate.of(2027, 2, 25))
                .businessAssociate(new BusinessAssociateDiscovery(LocalDate.of(2027, 2, 27), true))
                .phiInvolved(true)
                .permittedByPrivacyRule(false)
                .electedToNotify(true)
                .exception(new ExceptionClaim(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, true, false, true, false))
                .safeguards(new Safeguards(new Encryption(EncryptionStandard.NIST_SP_800_111, false, true),
                        new Destruction(DestructionMethod.REDACTED)))
                .riskAssessment(new RiskAssessment(List.of(PhiType.NAME, PhiType.SSN, PhiType.DIAGNOSIS),
                        RecipientType.MALICIOUS_ACTOR, AcquiredOrViewed.UNKNOWN,
                        List.of(Mitigation.REMOTE_WIPED, Mitigation.ACCESS_REVOKED), true, LocalDate.of(2027, 3, 10)))
                .affected(new Affected(1200, byJurisdiction, 12, true, true, 3, 1))
                .lawEnforcementDelay(new LawEnforcementDelay(
                        new OralStatement(LocalDate.of(2027, 3, 2), "Det. Example, badge 1"),
                        new WrittenStatement(LocalDate.of(2027, 3, 5), LocalDate.of(2027, 5, 1))))
                .ransomware(true)
                .breachType(BreachType.HACKING_IT_INCIDENT)
                .locations(List.of(Location.LAPTOP, Location.EMAIL))
                .noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, LocalDate.of(2027, 3, 10)),
                        new NoticeSent(Recipient.MEDIA, Jurisdiction.CA, LocalDate.of(2027, 3, 11))))
                .build();
    }

    /** The smallest valid incident: required fields only. */
    static String minimalIncidentJson(String id) {
        return """
                {"id": "%s", "reporter": {"role": "COVERED_ENTITY"}, "discoveredOn": "2027-03-01",
                 "phiInvolved": true, "permittedByPrivacyRule": false, "affected": {"total": 12}}
                """.formatted(id);
    }

    /** A breach with every kind of notification, so every conditional field appears. */
    static Determination fullDetermination() {
        List<ContentCode> individualContent = List.of(ContentCode.WHAT_HAPPENED_WITH_DATES,
                ContentCode.PHI_TYPES_INVOLVED, ContentCode.STEPS_INDIVIDUALS_SHOULD_TAKE,
                ContentCode.WHAT_ENTITY_IS_DOING, ContentCode.CONTACT_PROCEDURES);
        return new Determination(
                "INC-2027-001",
                true,
                Basis.RISK_ASSESSMENT_NOT_LOW,
                LocalDate.of(2027, 2, 25),
                new RiskAssessmentOutcome(RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.LOW, false),
                List.of(
                        new Notification(Recipient.INDIVIDUALS, null, LocalDate.of(2027, 5, 1),
                                LocalDate.of(2027, 5, 1), "45 CFR 164.404(b)",
                                new SubstituteNotice(SubstituteNoticeForm.CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA, 12,
                                        90, 90),
                                true, individualContent, 47),
                        new Notification(Recipient.MEDIA, Jurisdiction.CA, LocalDate.of(2027, 4, 26), null,
                                "45 CFR 164.406(b)", null, false, individualContent, 42),
                        new Notification(Recipient.HHS, null, LocalDate.of(2027, 4, 26), null, "45 CFR 164.408(b)",
                                null, false, List.of(), -3)),
                List.of(new Finding("Risk assessment not low", "45 CFR 164.402(2)",
                        "The risk assessment does not demonstrate a low probability of compromise.")),
                List.of(new ResponseAction(Phase.NOTIFICATION, "Notify affected individuals \"by mail\".")),
                LocalDate.of(2033, 3, 15),
                AS_OF,
                "sha256:0123abcd");
    }

    /** No breach: no assessment, no notifications; an individuals notice with a small substitute notice apart. */
    static Determination noBreach() {
        return new Determination("INC-2", false, Basis.NO_PHI, LocalDate.of(2027, 3, 1), null, List.of(),
                List.of(new Finding("No PHI", "45 CFR 164.402", "No PHI was involved.")), List.of(),
                LocalDate.of(2033, 3, 15), AS_OF, "sha256:0123abcd");
    }

    static Notification individualsWithSmallSubstitute() {
        return new Notification(Recipient.INDIVIDUALS, null, LocalDate.of(2027, 4, 30), null, "45 CFR 164.404(b)",
                new SubstituteNotice(SubstituteNoticeForm.ALTERNATIVE_WRITTEN_OR_TELEPHONE, 3, null, null), false,
                List.of(ContentCode.WHAT_HAPPENED_WITH_DATES), 46);
    }
}
