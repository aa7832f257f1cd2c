package org.breachrules.verify.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.breachrules.api.AcquiredOrViewed;
import org.breachrules.api.Affected;
import org.breachrules.api.BreachType;
import org.breachrules.api.BusinessAssociateDiscovery;
import org.breachrules.api.DataState;
import org.breachrules.api.Destruction;
import org.breachrules.api.DestructionMethod;
import org.breachrules.api.Encryption;
import org.breachrules.api.EncryptionStandard;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.ExceptionType;
import org.breachrules.api.Incident;
import org.breachrules.api.IncidentValidator;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.LawEnforcementStatement;
import org.breachrules.api.Location;
import org.breachrules.api.Mitigation;
import org.breachrules.api.NoticeMethod;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.NotificationDelegate;
import org.breachrules.api.OralStatement;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.RecipientType;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Role;
import org.breachrules.api.Safeguards;
import org.breachrules.api.StatementForm;
import org.breachrules.api.WrittenStatement;

/**
 * Seeded, realistic synthetic incidents, for benchmarks and load tests: the kinds of incident a privacy office sees
 * (ransomware, phishing, lost and stolen devices with and without encryption, misdirected mail and fax, insider
 * snooping, improper disposal, business-associate reports, law-enforcement delays, multi-state breaches, small ones,
 * exceptions, risk assessments), in proportions like the bundled samples'. Every incident is valid for the
 * evaluation date given; the same seed always gives the same incidents, in the same order.
 *
 * <p>Not thread-safe: one generator per thread.
 */
public final class IncidentGenerator {

    /** The kinds of incident generated, with their weights (out of 100). */
    enum Kind {
        RANSOMWARE(10), PHISHING(13), LOST_DEVICE(8), ENCRYPTED_DEVICE(10), MISDIRECTED(15), SNOOPING(8),
        DISPOSAL(6), BUSINESS_ASSOCIATE(6), BA_AGENT(4), LAW_ENFORCEMENT_DELAY(4), MULTI_STATE(5), SMALL(7),
        COWORKER_EXCEPTION(2), NOT_PHI_OR_PERMITTED(2);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final Kind[] KINDS = Kind.values();
    private static final int TOTAL_WEIGHT;

    static {
        int total = 0;
        for (Kind k : KINDS) {
            total += k.weight;
        }
        TOTAL_WEIGHT = total;
    }

    private static final String[] NAMES = {
        "Cedar Hollow Community Hospital", "Lakeside Family Practice", "Brightwater Home Health",
        "Granite Peak Orthopedics", "Riverbend Pediatrics", "Prairie Wind Cardiology",
        "Mesa Verde Regional Medical Center", "Sunrise Dermatology Associates", "Northstar Billing Solutions",
        "Harborview Health Plan", "Blue Ridge Behavioral Health", "Tri-County Imaging Partners",
        "Willow Creek Dental Studio", "Oakridge Internal Medicine"};

    private static final Jurisdiction[] STATES = Jurisdiction.values();

    private static final PhiType[] DEMOGRAPHIC = {PhiType.NAME, PhiType.ADDRESS, PhiType.DATE_OF_BIRTH,
        PhiType.CONTACT_INFO};
    private static final PhiType[] CLINICAL = {PhiType.DIAGNOSIS, PhiType.TREATMENT, PhiType.MEDICATION,
        PhiType.LAB_RESULTS, PhiType.MEDICAL_RECORD_NUMBER, PhiType.HEALTH_PLAN_ID};
    private static final PhiType[] SENSITIVE = {PhiType.SSN, PhiType.FINANCIAL_ACCOUNT, PhiType.PAYMENT_CARD,
        PhiType.SENSITIVE_CONDITION, PhiType.DRIVERS_LICENSE, PhiType.CREDENTIALS};

    private final SplittableRandom random;
    private final LocalDate asOf;
    private final String prefix;
    private long sequence;
    /** The format 1.1 facts, drawn from a stream of their own so that the base mix stays the same with or without. */
    private SplittableRandom facts11;
    /** The format 1.2 facts, from a stream of their own too. */
    private SplittableRandom facts12;
    private final long seed;

    /**
     * @param seed the seed: the same seed gives the same incidents
     * @param asOf the evaluation date every incident is valid for (nothing is discovered after it)
     */
    public IncidentGenerator(long seed, LocalDate asOf) {
        this.random = new SplittableRandom(seed);
        this.seed = seed;
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.prefix = "SYN-" + Long.toString(seed & 0xFFFFFFFFL, 36).toUpperCase(Locale.ROOT) + "-";
    }

    /**
     * Also draws the facts format 1.1 added (estimated counts, deceased individuals with and without next of kin,
     * deliberate misuse, containment mitigations, assessments completed late, notices already sent), from a random
     * stream of their own: the incidents are otherwise the same as without, so benchmarks over the base mix stay
     * comparable. Used by {@code verify} and the property tests.
     *
     * @return this generator
     */
    public IncidentGenerator withFormat11Facts() {
        this.facts11 = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 11); // never draws from the base stream
        return this;
    }

    /**
     * Also draws the facts format 1.2 added, contradictions included (law-enforcement statements in any order, with
     * or without an official or a period; the data's state of an encryption; forensic evidence; bad-faith access
     * without a deliberate-misuse answer; ransomware with a recipient recorded as a trusted entity; notices in waves;
     * delegated notices; an agreement's window in business days), from a stream of their own. Implies the 1.1 facts.
     *
     * @return this generator
     */
    public IncidentGenerator withFormat12Facts() {
        withFormat11Facts();
        this.facts12 = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 12);
        return this;
    }

    /** {@code count} incidents: the next ones of this generator. */
    public List<Incident> next(int count) {
        List<Incident> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(next());
        }
        return out;
    }

    /** The next incident. */
    public Incident next() {
        sequence++;
        Kind kind = kind();
        LocalDate discovered = asOf.minusDays(random.nextInt(0, 240));
        LocalDate occurred = discovered.minusDays(random.nextInt(0, 45));
        Incident.Builder b = Incident.builder()
                .id(prefix + String.format(Locale.ROOT, "%08d", sequence))
                .reporter(new Reporter(Role.COVERED_ENTITY, pick(NAMES), null))
                .discoveredOn(discovered)
                .phiInvolved(true)
                .permittedByPrivacyRule(false);
        if (random.nextInt(10) < 8) {
            b.occurredOn(occurred);
        }
        switch (kind) {
            case RANSOMWARE -> {
                b.ransomware(true).breachType(BreachType.HACKING_IT_INCIDENT)
                        .locations(List.of(Location.NETWORK_SERVER, Location.ELECTRONIC_MEDICAL_RECORD))
                        .affected(affected(between(200, 60_000), between(1, 4)));
                if (chance(30)) { // encrypted at rest, but mounted and in clear while the ransomware ran
                    b.safeguards(new Safeguards(new Encryption(EncryptionStandard.NIST_SP_800_111, false, true), null));
                }
            }
            case PHISHING -> b.breachType(BreachType.HACKING_IT_INCIDENT).locations(List.of(Location.EMAIL))
                    .riskAssessment(new RiskAssessment(phiTypes(), RecipientType.MALICIOUS_ACTOR,
                            chance(70) ? AcquiredOrViewed.UNKNOWN : AcquiredOrViewed.YES, List.of(Mitigation.NONE)))
                    .affected(affected(between(20, 5_000), between(1, 3)));
            case LOST_DEVICE -> {
                b.breachType(chance(50) ? BreachType.LOSS : BreachType.THEFT)
                        .locations(List.of(chance(60) ? Location.LAPTOP : Location.OTHER_PORTABLE_ELECTRONIC_DEVICE))
                        .affected(affected(between(5, 3_000), between(1, 2)));
                if (chance(40)) { // a password-protected file: not a safe harbor
                    b.safeguards(new Safeguards(new Encryption(EncryptionStandard.OTHER, false, false), null));
                }
            }
            case ENCRYPTED_DEVICE -> {
                EncryptionStandard standard = chance(70) ? EncryptionStandard.NIST_SP_800_111
                        : EncryptionStandard.FIPS_140_VALIDATED;
                boolean keyCompromised = chance(15); // the password taped to the laptop
                b.breachType(BreachType.THEFT).locations(List.of(Location.LAPTOP))
                        .safeguards(new Safeguards(new Encryption(standard, keyCompromised, false), null))
                        .affected(affected(between(10, 8_000), between(1, 2)));
            }
            case MISDIRECTED -> {
                boolean fax = chance(40);
                RecipientType recipient = chance(50) ? RecipientType.HIPAA_COVERED_ENTITY
                        : RecipientType.KNOWN_INDIVIDUAL;
                List<Mitigation> mitigations = chance(75)
                        ? List.of(Mitigation.DESTROYED_WITH_ATTESTATION, Mitigation.CONFIDENTIALITY_ASSURANCE)
                        : List.of(Mitigation.NONE);
                b.breachType(BreachType.UNAUTHORIZED_ACCESS_DISCLOSURE)
                        .locations(List.of(fax ? Location.OTHER : chance(50) ? Location.EMAIL : Location.PAPER_FILMS))
                        .riskAssessment(new RiskAssessment(phiTypes(), recipient,
                                chance(60) ? AcquiredOrViewed.YES : AcquiredOrViewed.NO, mitigations))
                        .affected(affected(between(1, 60), 1));
            }
            case SNOOPING -> {
                boolean goodFaith = chance(35);
                b.breachType(BreachType.UNAUTHORIZED_ACCESS_DISCLOSURE)
                        .locations(List.of(Location.ELECTRONIC_MEDICAL_RECORD))
                        .wouldHaveBeenDiscoveredOn(occurred.plusDays(random.nextInt(0,
                                (int) (discovered.toEpochDay() - occurred.toEpochDay()) + 1)))
                        .exception(new ExceptionClaim(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, goodFaith,
                                goodFaith, null, false))
                        .riskAssessment(new RiskAssessment(phiTypes(), RecipientType.WORKFORCE_SAME_ENTITY,
                                AcquiredOrViewed.YES, List.of(Mitigation.CONFIDENTIALITY_ASSURANCE)))
                        .affected(affected(between(1, 40), 1));
            }
            case DISPOSAL -> {
                b.breachType(BreachType.IMPROPER_DISPOSAL).locations(List.of(Location.PAPER_FILMS))
                        .affected(affected(between(10, 2_000), 1));
                int what = random.nextInt(3);
                if (what == 0) {
                    b.safeguards(new Safeguards(null, new Destruction(DestructionMethod.PAPER_SHREDDED_UNRECONSTRUCTABLE)));
                } else if (what == 1) {
                    b.safeguards(new Safeguards(null, new Destruction(DestructionMethod.REDACTED)));
                } else {
                    b.electedToNotify(true);
                }
            }
            case BUSINESS_ASSOCIATE -> b.reporter(new Reporter(Role.BUSINESS_ASSOCIATE, pick(NAMES),
                            chance(70) ? between(5, 30) : null))
                    .breachType(BreachType.UNAUTHORIZED_ACCESS_DISCLOSURE).locations(List.of(Location.NETWORK_SERVER))
                    .affected(affected(between(50, 10_000), between(1, 3)));
            case BA_AGENT -> b.businessAssociate(new BusinessAssociateDiscovery(
                            discovered.minusDays(random.nextInt(0, 60)), chance(60)))
                    .breachType(BreachType.UNAUTHORIZED_ACCESS_DISCLOSURE).locations(List.of(Location.PAPER_FILMS))
                    .affected(affected(between(50, 3_000), 1));
            case LAW_ENFORCEMENT_DELAY -> {
                LocalDate next = discovered.plusDays(random.nextInt(0, 10));
                LocalDate stated = next.isAfter(asOf) ? asOf : next; // a statement is never dated after the evaluation
                LawEnforcementDelay delay = chance(50)
                        ? new LawEnforcementDelay(null, new WrittenStatement(stated, stated.plusDays(between(30, 120))))
                        : new LawEnforcementDelay(new OralStatement(stated, chance(80) ? "Det. R. Alvarez" : null), null);
                b.breachType(BreachType.HACKING_IT_INCIDENT).locations(List.of(Location.NETWORK_SERVER))
                        .lawEnforcementDelay(delay)
                        .riskAssessment(new RiskAssessment(phiTypes(), RecipientType.MALICIOUS_ACTOR,
                                AcquiredOrViewed.YES, List.of(Mitigation.NONE)))
                        .affected(withImminentMisuse(affected(between(100, 5_000), between(1, 3)), chance(50)));
            }
            case MULTI_STATE -> b.breachType(BreachType.UNAUTHORIZED_ACCESS_DISCLOSURE)
                    .locations(List.of(Location.NETWORK_SERVER))
                    .riskAssessment(new RiskAssessment(phiTypes(), RecipientType.PUBLIC, AcquiredOrViewed.UNKNOWN,
                            List.of(Mitigation.NONE)))
                    .affected(affected(between(5_000, 250_000), between(3, 7)));
            case SMALL -> b.breachType(BreachType.THEFT).locations(List.of(Location.PAPER_FILMS))
                    .affected(affected(between(1, 60), 1));
            case COWORKER_EXCEPTION -> b.breachType(BreachType.UNAUTHORIZED_ACCESS_DISCLOSURE)
                    .locations(List.of(Location.EMAIL))
                    .exception(new ExceptionClaim(ExceptionType.INADVERTENT_DISCLOSURE_AMONG_AUTHORIZED, null, null,
                            true, chance(10)))
                    .affected(affected(between(1, 5), 1));
            case NOT_PHI_OR_PERMITTED -> {
                if (chance(50)) {
                    b.phiInvolved(false).breachType(BreachType.OTHER).locations(List.of(Location.DESKTOP_COMPUTER));
                } else {
                    b.permittedByPrivacyRule(true).breachType(BreachType.OTHER).locations(List.of(Location.EMAIL))
                            .affected(affected(between(1, 20), 1));
                }
            }
            default -> throw new IllegalStateException(kind.name());
        }
        Incident incident = b.build();
        incident = facts11 == null ? incident : withFormat11Facts(incident);
        return facts12 == null ? incident : withFormat12Facts(incident);
    }

    /** The incident with some 1.2 facts added; never an invalid one (then it is returned as it was). */
    private Incident withFormat12Facts(Incident in) {
        SplittableRandom r = facts12;
        Incident.Builder b = in.toBuilder();
        LocalDate discovered = in.discoveredOn();
        long window = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(discovered, asOf));
        if (r.nextInt(100) < 20) {
            List<LawEnforcementStatement> statements = new ArrayList<>();
            int count = r.nextInt(1, 4);
            for (int i = 0; i < count; i++) {
                LocalDate stated = discovered.plusDays(r.nextLong(0, window + 1));
                boolean written = r.nextBoolean();
                LocalDate until = written && r.nextInt(100) < 70 ? stated.plusDays(r.nextInt(1, 181)) : null;
                statements.add(new LawEnforcementStatement(written ? StatementForm.WRITTEN : StatementForm.ORAL,
                        stated, r.nextInt(100) < 70 ? "Official " + i : null, until));
            }
            b.lawEnforcementDelay(LawEnforcementDelay.of(statements));
        }
        Safeguards s = in.safeguards();
        if (s != null && s.encryption() != null && r.nextInt(100) < 50) {
            Encryption e = s.encryption();
            b.safeguards(new Safeguards(new Encryption(e.standard(), e.keyCompromised(), e.decryptedWhenCompromised(),
                    r.nextBoolean() ? DataState.AT_REST : DataState.IN_MOTION), s.destruction()));
        }
        RiskAssessment ra = in.riskAssessment();
        if (ra != null) {
            String forensic = ra.acquiredOrViewed() == AcquiredOrViewed.NO && r.nextInt(100) < 50 ? "IR-report" : null;
            List<Mitigation> mitigations = ra.mitigations();
            if (in.ransomware() && r.nextInt(100) < 40) {
                List<Mitigation> more = new ArrayList<>(mitigations);
                more.remove(Mitigation.NONE);
                more.add(Mitigation.RESTORED_FROM_BACKUP);
                mitigations = List.copyOf(new java.util.LinkedHashSet<>(more));
            }
            RecipientType recipient = ra.recipient();
            if (in.ransomware() && r.nextInt(100) < 20) {
                recipient = pick(r, new RecipientType[] {RecipientType.HIPAA_COVERED_ENTITY,
                    RecipientType.BUSINESS_ASSOCIATE, RecipientType.WORKFORCE_SAME_ENTITY,
                    RecipientType.GOVERNMENT_AGENCY});
            }
            Boolean misuse = ra.deliberateMisuse();
            if (misuse == null && r.nextInt(100) < 10) {
                misuse = Boolean.FALSE;
            }
            b.riskAssessment(new RiskAssessment(ra.phiTypes(), recipient, ra.acquiredOrViewed(), mitigations, misuse,
                    ra.completedOn(), forensic));
            if (in.exception() == null && !in.ransomware() && r.nextInt(100) < 8) {
                b.exception(new ExceptionClaim(ExceptionType.UNINTENTIONAL_WORKFORCE_ACCESS, false, true, null,
                        false));
            }
        }
        Reporter rep = in.reporter();
        if (rep.role() == Role.BUSINESS_ASSOCIATE && rep.contractualNotificationDays() == null && r.nextInt(100) < 40) {
            b.reporter(new Reporter(rep.role(), rep.name(), null, r.nextInt(1, 61), null, null, null, null));
        } else if (rep.role() == Role.COVERED_ENTITY && r.nextInt(100) < 10) {
            b.reporter(new Reporter(rep.role(), rep.name(), rep.contractualNotificationDays(), null,
                    NotificationDelegate.BUSINESS_ASSOCIATE, null, null, null));
        }
        Affected a = in.affected();
        if (a != null && a.total() != null && a.total() >= 2 && in.noticesSent().isEmpty() && r.nextInt(100) < 15) {
            int first = r.nextInt(1, a.total());
            int second = r.nextInt(100) < 50 ? a.total() - first : r.nextInt(1, a.total() - first + 1);
            LocalDate one = discovered.plusDays(r.nextLong(0, window + 1));
            LocalDate two = one.plusDays(r.nextLong(0, Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(one,
                    asOf)) + 1));
            b.noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null, one, first, NoticeMethod.FIRST_CLASS_MAIL,
                    null), new NoticeSent(Recipient.INDIVIDUALS, null, min(two, asOf), second, null, null)));
        }
        if (in.safeguards() == null && r.nextInt(100) < 5) {
            b.locations(List.of(Location.EMAIL));
        }
        Incident out = b.build();
        return IncidentValidator.validate(out, asOf).isEmpty() ? out : in;
    }

    /** The incident with some 1.1 facts added; never an invalid one (then it is returned as it was). */
    private Incident withFormat11Facts(Incident in) {
        SplittableRandom r = facts11;
        Incident.Builder b = in.toBuilder();
        Affected a = in.affected();
        if (a != null && a.total() != null && a.total() > 0) {
            boolean estimate = r.nextInt(100) < 10;
            Integer deceased = null;
            Integer withoutKin = null;
            if (r.nextInt(100) < 8) {
                deceased = r.nextInt(1, Math.min(a.total(), 3) + 1);
                withoutKin = r.nextBoolean() ? 1 : null;
            }
            b.affected(new Affected(a.total(), a.byJurisdiction(), a.insufficientContactInfo(), a.imminentMisuse(),
                    estimate, deceased, withoutKin));
        }
        RiskAssessment ra = in.riskAssessment();
        if (ra != null) {
            List<Mitigation> mitigations = ra.mitigations();
            if (r.nextInt(100) < 10) {
                List<Mitigation> more = new ArrayList<>(mitigations);
                more.remove(Mitigation.NONE);
                more.add(pick(r, new Mitigation[] {Mitigation.ACCESS_REVOKED, Mitigation.EXPOSURE_CLOSED,
                    Mitigation.RESTORED_FROM_BACKUP}));
                mitigations = List.copyOf(new java.util.LinkedHashSet<>(more));
            }
            LocalDate completed = r.nextInt(100) < 20
                    ? min(asOf, in.discoveredOn().plusDays(r.nextInt(0, 91))) : null;
            // Deliberate misuse only where no exception is asserted: with one it is a contradiction (the engine
            // handles it, a finding names both fields), not the realistic mix this generator draws.
            boolean misuse = r.nextInt(100) < 15 && in.exception() == null;
            b.riskAssessment(new RiskAssessment(ra.phiTypes(), ra.recipient(), ra.acquiredOrViewed(), mitigations,
                    misuse, completed));
        }
        if (r.nextInt(100) < 15) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(in.discoveredOn(), asOf);
            b.noticesSent(List.of(new NoticeSent(Recipient.INDIVIDUALS, null,
                    in.discoveredOn().plusDays(r.nextLong(0, days + 1)))));
        }
        Incident out = b.build();
        return IncidentValidator.validate(out, asOf).isEmpty() ? out : in;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private Kind kind() {
        int r = random.nextInt(TOTAL_WEIGHT);
        for (Kind k : KINDS) {
            r -= k.weight;
            if (r < 0) {
                return k;
            }
        }
        throw new IllegalStateException();
    }

    /** {@code total} individuals in {@code states} distinct jurisdictions; sometimes some without a state, some
     *  with insufficient contact information. */
    private Affected affected(int total, int states) {
        Map<Jurisdiction, Integer> by = new LinkedHashMap<>();
        Set<Jurisdiction> used = EnumSet.noneOf(Jurisdiction.class);
        int left = chance(85) ? total : total - random.nextInt(0, total / 10 + 1);
        for (int i = 0; i < states && left > 0; i++) {
            Jurisdiction j;
            do {
                j = STATES[random.nextInt(STATES.length)];
            } while (!used.add(j));
            int share = i == states - 1 ? left : Math.max(1, (int) (left * (0.4 + 0.5 * random.nextDouble())));
            by.put(j, share);
            left -= share;
        }
        Integer insufficient = chance(30) ? Math.min(total, random.nextInt(0, Math.max(1, total / 20) + 1)) : null;
        return new Affected(total, by, insufficient, false);
    }

    private static Affected withImminentMisuse(Affected a, boolean imminent) {
        return new Affected(a.total(), a.byJurisdiction(), a.insufficientContactInfo(), imminent);
    }

    private List<PhiType> phiTypes() {
        Set<PhiType> types = EnumSet.of(PhiType.NAME);
        types.add(pick(DEMOGRAPHIC));
        if (chance(70)) {
            types.add(pick(CLINICAL));
        }
        if (chance(30)) {
            types.add(pick(SENSITIVE));
        }
        return List.copyOf(types);
    }

    private int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
