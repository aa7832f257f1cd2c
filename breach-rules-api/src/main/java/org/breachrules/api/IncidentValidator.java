package org.breachrules.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** (1.2) The longest {@code description} accepted. */
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    /** (1.2) The longest {@code riskAssessment.forensicEvidence} reference accepted. */
    public static final int MAX_FORENSIC_EVIDENCE_LENGTH = 200;
    /** (1.2) The longest address or contact field accepted. */
    public static final int MAX_PORTAL_TEXT = 500;

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
        Integer businessDays = reporter.contractualNotificationBusinessDays();
        if (businessDays != null) {
            if (businessDays < 1 || businessDays > MAX_CONTRACTUAL_DAYS) {
                c.add("reporter.contractualNotificationBusinessDays", "must be between 1 and " + MAX_CONTRACTUAL_DAYS
                        + ", was " + businessDays);
            }
            if (reporter.role() == Role.COVERED_ENTITY) {
                c.add("reporter.contractualNotificationBusinessDays", "applies only to a BUSINESS_ASSOCIATE reporter");
            }
            if (days != null) {
                c.add("reporter.contractualNotificationBusinessDays", "give either contractualNotificationDays or"
                        + " contractualNotificationBusinessDays, not both");
            }
        }
        if (reporter.notificationDelegatedTo() != null && reporter.role() == Role.BUSINESS_ASSOCIATE) {
            c.add("reporter.notificationDelegatedTo", "applies only to a COVERED_ENTITY reporter");
        }
        Address address = reporter.address();
        if (address != null) {
            c.text("reporter.address.street", address.street(), MAX_PORTAL_TEXT);
            c.text("reporter.address.city", address.city(), MAX_PORTAL_TEXT);
            c.text("reporter.address.state", address.state(), MAX_PORTAL_TEXT);
            c.text("reporter.address.zip", address.zip(), MAX_PORTAL_TEXT);
        }
        Contact contact = reporter.contact();
        if (contact != null) {
            c.text("reporter.contact.name", contact.name(), MAX_PORTAL_TEXT);
            c.text("reporter.contact.title", contact.title(), MAX_PORTAL_TEXT);
            c.text("reporter.contact.phone", contact.phone(), MAX_PORTAL_TEXT);
            c.text("reporter.contact.email", contact.email(), MAX_PORTAL_TEXT);
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
        LocalDate until = incident.occurredUntil();
        if (until != null) {
            if (incident.occurredOn() != null && until.isBefore(incident.occurredOn())) {
                c.add("occurredUntil", "is before occurredOn");
            } else if (until.isAfter(asOf)) {
                c.add("occurredUntil", "is after the evaluation date " + asOf);
            }
        }
        if (incident.description() != null) {
            c.text("description", incident.description(), MAX_DESCRIPTION_LENGTH);
        }
        c.noNullElements("safeguardsInPlace", incident.safeguardsInPlace());
        BusinessAssociateDiscovery ba = incident.businessAssociate();
        if (ba != null && incident.reporter() != null && incident.reporter().role() == Role.BUSINESS_ASSOCIATE) {
            c.add("businessAssociate", "describes a breach at the covered entity's business associate; it does not"
                    + " apply to a BUSINESS_ASSOCIATE reporter");
        }
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
        if (assessment.forensicEvidence() != null) {
            String ref = assessment.forensicEvidence();
            if (ref.isBlank()) {
                c.add("riskAssessment.forensicEvidence", "must not be blank (a report id or title, 1-"
                        + MAX_FORENSIC_EVIDENCE_LENGTH + " characters)");
            } else {
                c.text("riskAssessment.forensicEvidence", ref, MAX_FORENSIC_EVIDENCE_LENGTH);
            }
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
        Integer deceased = affected.deceased();
        Integer unreachable = affected.insufficientContactInfo();
        if (unreachable != null && unreachable >= 0 && total != null && total >= 0 && deceased != null
                && deceased >= 0 && deceased <= total && unreachable <= total && unreachable > total - deceased) {
            c.add("affected.insufficientContactInfo", "is " + unreachable + ", more than the " + (total - deceased)
                    + " living individuals (affected.total " + total + " less affected.deceased " + deceased
                    + "): only living individuals can be unreachable");
        } else {
            c.partOf("affected.insufficientContactInfo", unreachable, "affected.total", total);
        }
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
        if (!delay.statements().isEmpty() && (delay.oral() != null || delay.written() != null)) {
            c.add("lawEnforcementDelay", "give either statements or the oral and written objects, not both");
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
        List<LawEnforcementStatement> statements = delay.statements();
        for (int i = 0; i < statements.size(); i++) {
            String path = "lawEnforcementDelay.statements[" + i + "]";
            LawEnforcementStatement s = statements.get(i);
            if (s == null) {
                c.add(path, "must not be null");
                continue;
            }
            c.required(path + ".form", s.form());
            if (s.official() != null) {
                c.text(path + ".official", s.official(), MAX_PORTAL_TEXT);
            }
            boolean stated = c.required(path + ".statedOn", s.statedOn());
            if (stated && s.statedOn().isAfter(asOf)) {
                c.add(path + ".statedOn", "is after the evaluation date " + asOf);
            }
            if (s.delayUntil() != null && s.form() == StatementForm.ORAL) {
                c.add(path + ".delayUntil", "applies only to a WRITTEN statement (an oral one holds 30 days)");
            } else if (stated && s.delayUntil() != null && s.delayUntil().isBefore(s.statedOn())) {
                c.add(path + ".delayUntil", "ends before the statement's date " + s.statedOn());
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
        if (delay != null) {
            for (int i = 0; i < delay.statements().size(); i++) {
                LawEnforcementStatement s = delay.statements().get(i);
                if (s != null) {
                    c.inRange("lawEnforcementDelay.statements[" + i + "].statedOn", s.statedOn());
                    c.inRange("lawEnforcementDelay.statements[" + i + "].delayUntil", s.delayUntil());
                }
            }
        }
        c.inRange("occurredUntil", incident.occurredUntil());
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
        Map<String, Boolean> counted = new HashMap<>();
        long individualsReached = 0;
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
            Integer count = notice.count();
            if (count != null) {
                if (count < 1) {
                    c.add(path + ".count", "must be at least 1, was " + count);
                } else if (recipient && notice.recipient() != Recipient.INDIVIDUALS) {
                    c.add(path + ".count", "applies only to an INDIVIDUALS notice");
                } else {
                    individualsReached += count;
                }
            }
            if (!recipient) {
                continue;
            }
            String key = notice.recipient() + "/" + notice.jurisdiction();
            Boolean withCount = counted.putIfAbsent(key, count != null);
            if (withCount != null && withCount != (count != null)) {
                c.add(path + ".count", "entries for one recipient must all give a count (notice in waves) or"
                        + " none give one");
            } else if (count == null && !seen.add(key)) {
                c.add(path, "another entry already records a " + notice.recipient() + " notice"
                        + (notice.jurisdiction() == null ? "" : " for " + notice.jurisdiction())
                        + "; give each notice once (or a count for each wave)");
            }
        }
        Integer total = incident.affected() == null ? null : incident.affected().total();
        if (total != null && total >= 0 && individualsReached > total) {
            c.add("noticesSent", "INDIVIDUALS counts add up to " + individualsReached + ", more than affected.total "
                    + total);
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

        /** Valid Unicode and at most {@code max} characters; the text itself is never echoed. */
        void text(String field, String text, int max) {
            if (text != null && unicode(field, text) && text.length() > max) {
                add(field, "must be at most " + max + " characters, was " + text.length());
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
