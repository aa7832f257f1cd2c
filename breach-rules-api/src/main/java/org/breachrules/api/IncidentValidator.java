package org.breachrules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an incident against the rules of the interchange format and reports every problem at once, each with its
 * field path. Nothing is guessed: a missing required value is a violation, never a default. Stateless and
 * thread-safe.
 */
public final class IncidentValidator {

    /** The longest incident id accepted. */
    public static final int MAX_ID_LENGTH = 128;
    /**
     * The earliest date an incident may carry. Far before any breach the rule covers (it took effect in 2009), so a
     * real incident never reaches it; it catches typos such as {@code 0001-01-01}.
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date an incident may carry; it catches typos such as {@code +10005-12-31}. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);
    /** The longest contractual notification window a BAA may set (45 CFR 164.410(b) is the outer limit). */
    public static final int MAX_CONTRACTUAL_DAYS = 60;

    private IncidentValidator() {
    }

    /** Throws {@link InvalidIncidentException} listing every problem, or returns when the incident is valid. */
    public static void requireValid(Incident incident, LocalDate asOf) {
        List<Violation> problems = validate(incident, asOf);
        if (!problems.isEmpty()) {
            throw new InvalidIncidentException(problems);
        }
    }

    /**
     * Throws {@link InvalidIncidentException} listing the problems of every invalid incident, each path prefixed with
     * the incident's index ({@code [2].affected.total}), or returns when all are valid.
     */
    public static void requireAllValid(List<Incident> incidents, LocalDate asOf) {
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            for (Violation v : validate(incidents.get(i), asOf)) {
                problems.add(new Violation("[" + i + "]." + v.field(), v.message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidIncidentException(problems);
        }
    }

    /**
     * Every problem with the incident evaluated as of {@code asOf}; empty when it is valid.
     *
     * @param incident the incident; null is itself a problem
     * @param asOf     the evaluation date; required
     */
    public static List<Violation> validate(Incident incident, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Checks c = new Checks();
        if (incident == null) {
            c.add("", "an incident is required");
            return c.problems;
        }
        if (c.required("id", incident.id()) && c.unicode("id", incident.id())) {
            int length = incident.id().length();
            if (length < 1 || length > MAX_ID_LENGTH) {
                c.add("id", "must be 1 to " + MAX_ID_LENGTH + " characters long, was " + length);
            }
        }
        reporter(c, incident.reporter());
        dates(c, incident, asOf);
        c.required("phiInvolved", incident.phiInvolved());
        c.required("permittedByPrivacyRule", incident.permittedByPrivacyRule());
        exception(c, incident.exception());
        safeguards(c, incident.safeguards());
        riskAssessment(c, incident.riskAssessment(), asOf);
        affected(c, incident);
        lawEnforcementDelay(c, incident.lawEnforcementDelay(), asOf);
        c.noNullElements("locations", incident.locations());
        noticesSent(c, incident, asOf);
        dateRanges(c, incident);
        return c.problems;
    }

    private static void reporter(Checks c, Reporter reporter) {
        if (!c.required("reporter", reporter)) {
            return;
        }
        c.required("reporter.role", reporter.role());
        if (reporter.name() != null) {
            c.unicode("reporter.name", reporter.name());
        }
        Integer days = reporter.contractualNotificationDays();
        if (days != null) {
            if (days < 1 || days > MAX_CONTRACTUAL_DAYS) {
                c.add("reporter.contractualNotificationDays", "must be between 1 and " + MAX_CONTRACTUAL_DAYS
                        + ", was " + days);
            }
            if (reporter.role() == Role.COVERED_ENTITY) {
                c.add("reporter.contractualNotificationDays", "applies only to a BUSINESS_ASSOCIATE reporter");
            }
        }
    }

    private static void dates(Checks c, Incident incident, LocalDate asOf) {
        LocalDate discovered = incident.discoveredOn();
        if (c.required("discoveredOn", discovered) && discovered.isAfter(asOf)) {
            c.add("discoveredOn", "is after the evaluation date " + asOf);
        }
        if (discovered != null && incident.occurredOn() != null && incident.occurredOn().isAfter(discovered)) {
            c.add("occurredOn", "is after discoveredOn");
        }
        if (discovered != null && incident.wouldHaveBeenDiscoveredOn() != null
                && incident.wouldHaveBeenDiscoveredOn().isAfter(discovered)) {
            c.add("wouldHaveBeenDiscoveredOn", "must be on or before discoveredOn (an earlier day on which"
                    + " reasonable diligence would have revealed the incident)");
        }
        BusinessAssociateDiscovery ba = incident.businessAssociate();
        if (ba != null) {
            if (c.required("businessAssociate.discoveredOn", ba.discoveredOn()) && ba.discoveredOn().isAfter(asOf)) {
                c.add("businessAssociate.discoveredOn", "is after the evaluation date " + asOf);
            }
            c.required("businessAssociate.agentOfCoveredEntity", ba.agentOfCoveredEntity());
        }
    }

    private static void exception(Checks c, ExceptionClaim claim) {
        if (claim != null) {
            c.required("exception.type", claim.type());
        }
    }

    private static void safeguards(Checks c, Safeguards safeguards) {
        if (safeguards == null) {
            return;
        }
        Encryption encryption = safeguards.encryption();
        if (encryption != null) {
            c.required("safeguards.encryption.standard", encryption.standard());
            c.required("safeguards.encryption.keyCompromised", encryption.keyCompromised());
            c.required("safeguards.encryption.decryptedWhenCompromised", encryption.decryptedWhenCompromised());
        }
        if (safeguards.destruction() != null) {
            c.required("safeguards.destruction.method", safeguards.destruction().method());
        }
    }

    private static void riskAssessment(Checks c, RiskAssessment assessment, LocalDate asOf) {
        if (assessment == null) {
            return;
        }
        if (assessment.completedOn() != null && assessment.completedOn().isAfter(asOf)) {
            c.add("riskAssessment.completedOn", "is after the evaluation date " + asOf);
        }
        if (c.required("riskAssessment.phiTypes", assessment.phiTypes())) {
            if (assessment.phiTypes().isEmpty()) {
                c.add("riskAssessment.phiTypes", "must list at least one type of information");
            }
            c.noNullElements("riskAssessment.phiTypes", assessment.phiTypes());
        }
        c.required("riskAssessment.recipient", assessment.recipient());
        c.required("riskAssessment.acquiredOrViewed", assessment.acquiredOrViewed());
        List<Mitigation> mitigations = assessment.mitigations();
        if (c.required("riskAssessment.mitigations", mitigations)) {
            c.noNullElements("riskAssessment.mitigations", mitigations);
            if (mitigations.contains(Mitigation.NONE) && mitigations.stream().anyMatch(
                    m -> m != null && m != Mitigation.NONE)) {
                c.add("riskAssessment.mitigations", "NONE cannot be combined with other mitigations");
            }
        }
    }

    private static void affected(Checks c, Incident incident) {
        Affected affected = incident.affected();
        if (affected == null) {
            if (Boolean.TRUE.equals(incident.phiInvolved())) {
                c.add("affected", "is required when phiInvolved is true");
            }
            return;
        }
        Integer total = affected.total();
        if (c.required("affected.total", total) && total < 0) {
            c.add("affected.total", "must not be negative, was " + total);
        }
        long sum = 0;
        for (Map.Entry<Jurisdiction, Integer> entry : affected.byJurisdiction().entrySet()) {
            String path = "affected.byJurisdiction." + entry.getKey();
            Integer count = entry.getValue();
            if (c.required(path, count)) {
                if (count < 0) {
                    c.add(path, "must not be negative, was " + count);
                } else {
                    sum += count;
                }
            }
        }
        if (total != null && total >= 0 && sum > total) {
            c.add("affected.byJurisdiction", "residents by jurisdiction add up to " + sum
                    + ", more than affected.total " + total);
        }
        c.partOf("affected.insufficientContactInfo", affected.insufficientContactInfo(), "affected.total", total);
        Integer deceased = affected.deceased();
        c.partOf("affected.deceased", deceased, "affected.total", total);
        Integer withoutKin = affected.deceasedWithoutNextOfKinContact();
        if (withoutKin != null && withoutKin >= 0 && deceased == null) {
            c.add("affected.deceasedWithoutNextOfKinContact", "requires affected.deceased (it counts some of them)");
        } else {
            c.partOf("affected.deceasedWithoutNextOfKinContact", withoutKin, "affected.deceased", deceased);
        }
    }

    private static void lawEnforcementDelay(Checks c, LawEnforcementDelay delay, LocalDate asOf) {
        if (delay == null) {
            return;
        }
        if (delay.oral() != null && delay.oral().official() != null) {
            c.unicode("lawEnforcementDelay.oral.official", delay.oral().official());
        }
        if (delay.oral() != null && c.required("lawEnforcementDelay.oral.statedOn", delay.oral().statedOn())
                && delay.oral().statedOn().isAfter(asOf)) {
            c.add("lawEnforcementDelay.oral.statedOn", "is after the evaluation date " + asOf);
        }
        WrittenStatement written = delay.written();
        if (written != null) {
            boolean stated = c.required("lawEnforcementDelay.written.statedOn", written.statedOn());
            if (stated && written.statedOn().isAfter(asOf)) {
                c.add("lawEnforcementDelay.written.statedOn", "is after the evaluation date " + asOf);
            }
            // 1.1: delayUntil may be absent (a statement with no end, "until further notice").
            if (stated && written.delayUntil() != null && written.delayUntil().isBefore(written.statedOn())) {
                c.add("lawEnforcementDelay.written.delayUntil", "ends before the statement's date "
                        + written.statedOn());
            }
        }
    }

    /** Every date of the incident within {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
    private static void dateRanges(Checks c, Incident incident) {
        c.inRange("occurredOn", incident.occurredOn());
        c.inRange("discoveredOn", incident.discoveredOn());
        c.inRange("wouldHaveBeenDiscoveredOn", incident.wouldHaveBeenDiscoveredOn());
        if (incident.businessAssociate() != null) {
            c.inRange("businessAssociate.discoveredOn", incident.businessAssociate().discoveredOn());
        }
        if (incident.riskAssessment() != null) {
            c.inRange("riskAssessment.completedOn", incident.riskAssessment().completedOn());
        }
        LawEnforcementDelay delay = incident.lawEnforcementDelay();
        if (delay != null && delay.oral() != null) {
            c.inRange("lawEnforcementDelay.oral.statedOn", delay.oral().statedOn());
        }
        if (delay != null && delay.written() != null) {
            c.inRange("lawEnforcementDelay.written.statedOn", delay.written().statedOn());
            c.inRange("lawEnforcementDelay.written.delayUntil", delay.written().delayUntil());
        }
        for (int i = 0; i < incident.noticesSent().size(); i++) {
            NoticeSent n = incident.noticesSent().get(i);
            if (n != null) {
                c.inRange("noticesSent[" + i + "].sentOn", n.sentOn());
            }
        }
    }

    private static void noticesSent(Checks c, Incident incident, LocalDate asOf) {
        List<NoticeSent> notices = incident.noticesSent();
        if (notices.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < notices.size(); i++) {
            String path = "noticesSent[" + i + "]";
            NoticeSent notice = notices.get(i);
            if (notice == null) {
                c.add(path, "must not be null");
                continue;
            }
            boolean recipient = c.required(path + ".recipient", notice.recipient());
            if (recipient && notice.recipient() == Recipient.MEDIA) {
                c.required(path + ".jurisdiction", notice.jurisdiction());
            } else if (recipient && notice.jurisdiction() != null) {
                c.add(path + ".jurisdiction", "applies only to a MEDIA notice");
            }
            if (c.required(path + ".sentOn", notice.sentOn())) {
                if (notice.sentOn().isAfter(asOf)) {
                    c.add(path + ".sentOn", "is after the evaluation date " + asOf);
                } else if (incident.discoveredOn() != null && notice.sentOn().isBefore(incident.discoveredOn())) {
                    c.add(path + ".sentOn", "is before discoveredOn " + incident.discoveredOn());
                }
            }
            if (recipient && !seen.add(notice.recipient() + "/" + notice.jurisdiction())) {
                c.add(path, "another entry already records a " + notice.recipient() + " notice"
                        + (notice.jurisdiction() == null ? "" : " for " + notice.jurisdiction())
                        + "; give each notice once");
            }
        }
    }

    /** Collects violations in the order they are found. */
    private static final class Checks {
        private final List<Violation> problems = new ArrayList<>();

        void add(String field, String message) {
            problems.add(new Violation(field, message));
        }

        /** Records a violation when {@code value} is null; returns whether it is present. */
        boolean required(String field, Object value) {
            if (value == null) {
                add(field, "is required");
                return false;
            }
            return true;
        }

        /**
         * Records a violation when {@code text} is not valid Unicode (an unpaired surrogate, e.g. from a JSON
         * {@code \\ud800} escape), which could not be written back as it was sent; returns whether it is valid.
         */
        boolean unicode(String field, String text) {
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(ch)) {
                    add(field, "is not valid Unicode (an unpaired surrogate at character " + (i + 1) + ")");
                    return false;
                }
            }
            return true;
        }

        /**
         * A count that is part of another: not negative, and not more than {@code whole} (when that is known and not
         * itself negative).
         */
        void partOf(String field, Integer count, String wholeField, Integer whole) {
            if (count == null) {
                return;
            }
            if (count < 0) {
                add(field, "must not be negative, was " + count);
            } else if (whole != null && whole >= 0 && count > whole) {
                add(field, "is " + count + ", more than " + wholeField + " " + whole);
            }
        }

        void inRange(String field, LocalDate date) {
            if (date != null && (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE))) {
                add(field, "is outside the supported range " + EARLIEST_DATE + " to " + LATEST_DATE);
            }
        }

        void noNullElements(String field, List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    add(field + "[" + i + "]", "must not be null");
                }
            }
        }
    }
}
