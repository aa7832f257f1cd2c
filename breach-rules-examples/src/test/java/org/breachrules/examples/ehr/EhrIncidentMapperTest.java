package org.breachrules.examples.ehr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.breachrules.api.Basis;
import org.breachrules.api.BreachDeterminer;
import org.breachrules.api.BreachType;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.InvalidIncidentException;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.Location;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.breachrules.api.Role;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.examples.ehr.EhrSecurityEvent.Category;
import org.breachrules.examples.ehr.EhrSecurityEvent.DataElement;
import org.breachrules.examples.ehr.EhrSecurityEvent.DeviceProtection;
import org.breachrules.examples.ehr.EhrSecurityEvent.Organization;
import org.breachrules.examples.ehr.EhrSecurityEvent.RiskReview;
import org.breachrules.examples.ehr.EhrSecurityEvent.SystemKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An EHR's own incident record, mapped onto the API and evaluated by one shared determiner. */
class EhrIncidentMapperTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    /** Built once, shared by every test, as a host would. */
    private static BreachDeterminer determiner;

    private final EhrIncidentMapper mapper = new EhrIncidentMapper();

    @BeforeAll
    static void buildOnce() {
        determiner = DroolsBreachDeterminer.builtIn();
    }

    private static Map<String, Integer> counts(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static EhrSecurityEvent ransomware() {
        return new EhrSecurityEvent("SEC-2026-00412",
                new Organization("Sierra Foothills Hospital", Organization.Kind.HOSPITAL, null),
                Category.RANSOMWARE, EnumSet.of(SystemKind.EHR, SystemKind.FILE_SERVER),
                Instant.parse("2026-06-30T22:15:00Z"),
                // 02:40 UTC on 2 July is still 1 July in California: the facility's day counts.
                Instant.parse("2026-07-02T02:40:00Z"), PACIFIC,
                EnumSet.of(DataElement.DEMOGRAPHICS, DataElement.MRN, DataElement.PROBLEM_LIST),
                counts(" ca", 2300, "NV", 450, "ON", 12), 8, 0, false, null, null, null, null);
    }

    @Test
    void whenEventMapped_thenIncidentUsesTheFacilityDayAndTheApiNames() {
        // Given
        EhrSecurityEvent event = ransomware();

        // When
        Incident incident = mapper.toIncident(event);

        // Then
        assertEquals("SEC-2026-00412", incident.id());
        assertEquals(Role.COVERED_ENTITY, incident.reporter().role());
        assertEquals(LocalDate.of(2026, 6, 30), incident.occurredOn());
        assertEquals(LocalDate.of(2026, 7, 1), incident.discoveredOn());
        assertTrue(incident.ransomware());
        assertTrue(incident.phiInvolved());
        assertEquals(BreachType.HACKING_IT_INCIDENT, incident.breachType());
        assertEquals(List.of(Location.NETWORK_SERVER, Location.ELECTRONIC_MEDICAL_RECORD), incident.locations());
        // 2,300 + 450 + 12 (Ontario: in the total only) + 8 without an address
        assertEquals(2770, incident.affected().total());
        assertEquals(Map.of(Jurisdiction.CA, 2300, Jurisdiction.NV, 450), incident.affected().byJurisdiction());
    }

    @Test
    void whenRansomwareEvaluated_thenBreachWithMediaInCaliforniaOnly() {
        // Given
        EhrBreachDesk desk = new EhrBreachDesk(determiner);

        // When
        Determination d = desk.assess(ransomware(), AS_OF);

        // Then
        assertTrue(d.breach());
        assertEquals(Basis.PRESUMED_BREACH_NO_ASSESSMENT, d.basis());
        assertEquals(LocalDate.of(2026, 7, 1), d.clockStartedOn());
        List<Notification> media = d.notifications().stream().filter(n -> n.recipient() == Recipient.MEDIA).toList();
        assertEquals(1, media.size());
        assertEquals(Jurisdiction.CA, media.get(0).jurisdiction());
        assertEquals(LocalDate.of(2026, 8, 30), media.get(0).deadline());
    }

    @Test
    void whenStolenLaptopHadValidatedFullDiskEncryption_thenNotABreach() {
        // Given
        EhrSecurityEvent event = new EhrSecurityEvent("SEC-2026-00501",
                new Organization("Sierra Foothills Clinic", Organization.Kind.CLINIC, null),
                Category.STOLEN_DEVICE, Set.of(SystemKind.LAPTOP), null, Instant.parse("2026-09-14T16:00:00Z"),
                PACIFIC, EnumSet.of(DataElement.DEMOGRAPHICS, DataElement.CLINICAL_NOTE), counts("CA", 640), 0, 0,
                false, new DeviceProtection(DeviceProtection.Encryption.FULL_DISK_FIPS_140, false, false), null,
                null, null);

        // When
        Determination d = new EhrBreachDesk(determiner).assess(event, AS_OF);

        // Then
        assertFalse(d.breach());
        assertEquals(Basis.SECURED_BY_ENCRYPTION, d.basis());
        assertTrue(d.notifications().isEmpty());
    }

    @Test
    void whenVendorReportsWithBaaWindow_thenOnlyTheCoveredEntityIsOwedNotice() {
        // Given
        EhrSecurityEvent event = new EhrSecurityEvent("VND-77",
                new Organization("Coastal Claims Processing", Organization.Kind.VENDOR_UNDER_BAA, 10),
                Category.PHISHING, Set.of(SystemKind.MAILBOX), null, Instant.parse("2026-10-01T18:00:00Z"),
                PACIFIC, EnumSet.of(DataElement.DEMOGRAPHICS, DataElement.INSURANCE_MEMBER_ID), counts("OR", 90), 0,
                0, false, null,
                new RiskReview(RiskReview.Receiver.CRIMINAL, RiskReview.Exfiltration.UNDETERMINED, false, false,
                        false),
                null, null);

        // When
        Determination d = new EhrBreachDesk(determiner).assess(event, AS_OF);

        // Then
        assertTrue(d.breach());
        assertEquals(Basis.RISK_ASSESSMENT_NOT_LOW, d.basis());
        assertEquals(1, d.notifications().size());
        assertEquals(Recipient.COVERED_ENTITY, d.notifications().get(0).recipient());
        assertEquals(LocalDate.of(2026, 10, 11), d.notifications().get(0).deadline());
    }

    @Test
    void whenEventDetectedAfterTheEvaluationDate_thenInvalidWithTheFieldPath() {
        // Given
        EhrSecurityEvent event = ransomware();

        // When
        InvalidIncidentException e = assertThrows(InvalidIncidentException.class,
                () -> new EhrBreachDesk(determiner).assess(event, LocalDate.of(2026, 6, 30)));

        // Then
        assertEquals("discoveredOn", e.violations().get(0).field());
    }
}
