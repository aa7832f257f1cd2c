package org.breachrules.cli.notices;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.breachrules.api.BreachRulesException;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Mitigation;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.PhiType;
import org.breachrules.api.Recipient;
import org.breachrules.api.SubstituteNoticeForm;
import org.breachrules.cli.register.Hold;
import org.breachrules.cli.register.PortalFields;
import org.breachrules.cli.register.PortalLabels;

/**
 * Notice drafts in plain language, one per obligation a determination names, from templates a compliance officer can
 * edit (Mustache, plain text: a value is written as it is, nothing is escaped). Whatever the incident does not say
 * is a visible placeholder such as {@code [[toll-free number]]}, never invented and never left silently empty.
 */
public final class NoticeDrafts {
    /** The templates, by the draft they write. */
    public static final List<String> TEMPLATES = List.of("individuals.mustache", "next-of-kin.mustache",
            "substitute-notice.mustache", "substitute-notice-alternative.mustache", "media.mustache",
            "covered-entity.mustache", "hhs-portal-worksheet.mustache");

    /** The longest draft written: a letter is a few thousand characters. */
    public static final int MAX_DRAFT_CHARS = 1 << 20;

    /** The most characters of an incident id kept in its folder's name (names are limited to 255 bytes). */
    public static final int FOLDER_ID_CHARS = 64;

    private final Map<String, Mustache> templates = new LinkedHashMap<>();
    private final LocalDate date;

    /**
     * @param overrides a folder of templates replacing the built-in ones of the same name, or null
     * @param date      the date the drafts carry
     * @throws BreachRulesException naming the template and line when one is broken
     */
    public NoticeDrafts(Path overrides, LocalDate date) {
        this.date = date;
        TemplateFolder folder = overrides == null ? null : new TemplateFolder(overrides);
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value); // plain-text letters: no HTML escaping
                } catch (IOException e) {
                    throw new MustacheException(e);
                }
            }

            @Override
            public String resolvePartialPath(String dir, String name, String extension) {
                return TemplateFolder.fileName(name); // a file of the templates folder, never a path
            }

            @Override
            public Reader getReader(String file) {
                // Only what the folder check read and accepted; never the class path or the file system.
                String text = folder == null ? null : folder.included(file);
                if (text == null) {
                    throw new MustacheNotFoundException(file);
                }
                return new StringReader(text);
            }
        };
        for (String name : TEMPLATES) {
            String text;
            String where;
            try {
                java.util.Optional<String> own = folder == null ? java.util.Optional.empty() : folder.template(name);
                if (own.isPresent()) {
                    text = own.get();
                    where = overrides.resolve(name).toString();
                    Map<String, List<TemplateFolder.Variable>> byFile = new LinkedHashMap<>();
                    folder.variables(name).forEach((file, names) -> byFile.put(overrides.resolve(file).toString(),
                            names));
                    TemplateVariables.check(name, byFile);
                } else {
                    try (var in = NoticeDrafts.class.getResourceAsStream("/org/breachrules/cli/notices/" + name)) {
                        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    }
                    where = name;
                    TemplateVariables.check(name, Map.of(name, TemplateFolder.variablesOf(text)));
                }
            } catch (IOException e) {
                throw new BreachRulesException("cannot read template " + name + ": " + e.getMessage());
            }
            try (Reader reader = new StringReader(text)) {
                templates.put(name, factory.compile(reader, where));
            } catch (MustacheException | IOException e) {
                throw new BreachRulesException(where + ": " + firstLine(e.getMessage()));
            } catch (StackOverflowError e) { // NOPMD: the scan bounds nesting; this is the backstop, in one line
                throw new BreachRulesException(where + ": $: nested too deeply to compile");
            }
        }
    }

    /**
     * The folder of an incident's drafts, inside {@code --out} whatever the id: the id with every character but
     * letters, digits, {@code . _ -} as {@code _} (a leading dot too, and at most {@value #FOLDER_ID_CHARS} of
     * them), then {@code -} and the first 8 hex digits of the SHA-256 of the exact id. So {@code A/B}, {@code A_B}
     * and {@code A:B} get three folders, and {@code ..} is {@code _.-xxxxxxxx}, never the parent.
     */
    public static String folderName(String incidentId) {
        String escaped = incidentId.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.", "_");
        if (escaped.length() > FOLDER_ID_CHARS) {
            escaped = escaped.substring(0, FOLDER_ID_CHARS);
        }
        try {
            byte[] sha = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(incidentId.getBytes(StandardCharsets.UTF_8));
            return escaped + "-" + java.util.HexFormat.of().formatHex(sha, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The hash suffix of a {@link #folderName}: names the folder without its id. */
    public static String folderHash(String folderName) {
        return folderName.substring(folderName.lastIndexOf('-') + 1);
    }

    private static String firstLine(String s) {
        return s == null ? "the template is broken" : s.lines().findFirst().orElse(s);
    }

    /**
     * The drafts for one incident: file name to text (empty when no notice is owed). A notice the determination
     * records as sent is not drafted again (the worksheet records its date); every other draft opens with what its
     * entry says about a hold, an overdue deadline or an unsettled duty ({@link DraftBanner}).
     */
    public Map<String, String> drafts(Incident in, Determination d) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!d.breach()) {
            return out;
        }
        Map<String, Object> base = base(in, d);
        LocalDate asOf = d.evaluatedOn() == null ? date : d.evaluatedOn();
        for (Notification n : d.notifications()) {
            if (n.status() == NotificationStatus.SENT || n.status() == NotificationStatus.SENT_LATE) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>(base);
            m.put("deadline", n.deadline() == null ? "[[deadline not yet known]]" : PlainDate.of(n.deadline()));
            m.put("citation", n.citation());
            boolean held = Hold.held(n.delayedUntil(), n.status(), asOf);
            m.put("held", held);
            m.put("heldUntil", held ? PlainDate.of(n.delayedUntil()) : "");
            m.put("release", !held && n.status() != NotificationStatus.UNDETERMINED);
            m.put("overdue", n.status() == NotificationStatus.OVERDUE);
            m.put("undetermined", n.status() == NotificationStatus.UNDETERMINED);
            String banner = DraftBanner.text(n, asOf);
            switch (n.recipient()) {
                case INDIVIDUALS -> {
                    out.put("individuals.txt", banner + render("individuals.mustache", m));
                    if (nextOfKinReachable(in) > 0) {
                        Map<String, Object> kin = new LinkedHashMap<>(m);
                        kin.put("deceased", "[[name of the deceased individual]]");
                        kin.put("kinAddress", "[[postal address of the next of kin or personal representative]]");
                        kin.put("kinSteps", kinSteps(in));
                        out.put("next-of-kin.txt", banner + render("next-of-kin.mustache", kin));
                    }
                    if (n.substituteNotice() != null) {
                        m.put("individuals", n.substituteNotice().individuals());
                        if (n.substituteNotice().form() == SubstituteNoticeForm.CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA) {
                            m.put("postingDays", n.substituteNotice().postingDays());
                            m.put("tollFreeDays", n.substituteNotice().tollFreeNumberDays());
                            out.put("substitute-notice.txt", banner + render("substitute-notice.mustache", m));
                        } else {
                            out.put("substitute-notice-alternative.txt", banner
                                    + render("substitute-notice-alternative.mustache", m));
                        }
                    }
                }
                case MEDIA -> {
                    String state = n.jurisdiction() == null ? "[[state or territory]]" : n.jurisdiction().displayName();
                    m.put("state", state);
                    m.put("residents", n.jurisdiction() == null || in.affected() == null ? "[[number of residents]]"
                            : in.affected().byJurisdiction().getOrDefault(n.jurisdiction(), 0));
                    out.put("media-" + (n.jurisdiction() == null ? "unknown-state" : n.jurisdiction().name())
                            + ".txt", banner + render("media.mustache", m));
                }
                case COVERED_ENTITY -> out.put("covered-entity.txt", banner + render("covered-entity.mustache", m));
                case HHS -> {
                    m.put("reportType", "Initial");
                    m.put("affecting", n.citation().contains("164.408(c)") ? "Fewer than 500 individuals"
                            : "500 or more individuals");
                    m.put("individualNoticeSentOn", d.notifications().stream()
                            .filter(x -> x.recipient() == Recipient.INDIVIDUALS && x.sentOn() != null)
                            .map(x -> PlainDate.of(x.sentOn())).findFirst()
                            .orElse("[[date individual notice was sent]]"));
                    out.put("hhs-portal-worksheet.txt", banner + render("hhs-portal-worksheet.mustache", m));
                }
            }
        }
        return out;
    }

    /** Deceased individuals whose next of kin or personal representative has a usable address (164.404(d)(1)(ii)). */
    private static int nextOfKinReachable(Incident in) {
        if (in.affected() == null || in.affected().deceased() == null) {
            return 0;
        }
        Integer without = in.affected().deceasedWithoutNextOfKinContact();
        return in.affected().deceased() - (without == null ? 0 : without);
    }

    /**
     * One draft, at most {@link #MAX_DRAFT_CHARS} long: included templates multiply, so a small folder could
     * otherwise write without end.
     *
     * @throws BreachRulesException naming the template when it cannot be rendered
     */
    private String render(String template, Map<String, Object> model) {
        TemplateVariables.requireModel(template, model.keySet());
        BoundedWriter out = new BoundedWriter();
        try {
            templates.get(template).execute(out, model);
        } catch (DraftTooLong e) {
            throw new BreachRulesException(template + ": $: the draft would be longer than " + MAX_DRAFT_CHARS
                    + " characters, the most a draft may have");
        } catch (MustacheException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof DraftTooLong) {
                    throw new BreachRulesException(template + ": $: the draft would be longer than "
                            + MAX_DRAFT_CHARS + " characters, the most a draft may have");
                }
            }
            throw new BreachRulesException(template + ": " + firstLine(e.getMessage()));
        } catch (StackOverflowError e) { // NOPMD: one line, not a trace
            throw new BreachRulesException(template + ": $: nested too deeply to render");
        }
        return out.toString();
    }

    /** Collects a draft; unwinds the render once it is longer than {@link #MAX_DRAFT_CHARS}. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int off, int len) {
            if (text.length() + len > MAX_DRAFT_CHARS) {
                throw new DraftTooLong();
            }
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            if (text.length() + len > MAX_DRAFT_CHARS) {
                throw new DraftTooLong();
            }
            text.append(s, off, off + len);
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing to release
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Unwinds a render that went past the limit. */
    private static final class DraftTooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DraftTooLong() {
            super(null, null, false, false);
        }
    }

    private Map<String, Object> base(Incident in, Determination d) {
        Map<String, Object> m = new LinkedHashMap<>();
        String entity = or(in.reporter().name(), "[[entity name]]");
        m.put("entity", entity);
        m.put("date", PlainDate.of(date));
        m.put("incidentId", d.incidentId());
        m.put("salutation", "[[individual's name]]");
        m.put("signatory", "[[name and title of the person signing]]");
        m.put("tollFree", "[[toll-free number]]");
        m.put("email", "[[e-mail address]]");
        m.put("postalAddress", "[[postal address]]");
        m.put("website", "[[web site]]");
        m.put("coveredEntity", "[[covered entity's name]]");
        m.put("discoveredOn", d.clockStartedOn() == null ? "[[date of discovery]]" : PlainDate.of(d.clockStartedOn()));
        m.put("occurredOn", in.occurredOn() == null ? "[[date of the breach]]" : PlainDate.of(in.occurredOn()));
        m.put("whatHappened", "On " + m.get("occurredOn") + ", " + "[[a brief description of what happened]]."
                + " We discovered the incident on " + PlainDate.of(in.discoveredOn()) + ".");
        List<PhiType> types = in.riskAssessment() == null || in.riskAssessment().phiTypes() == null ? List.of()
                : in.riskAssessment().phiTypes();
        m.put("phiTypes", types.isEmpty() ? "[[the types of information involved, such as name, date of birth,"
                + " diagnosis]]" : types.stream().map(NoticeDrafts::words).collect(Collectors.joining(", ")));
        List<String> steps = steps(types);
        m.put("steps", steps);
        m.put("stepsInline", String.join(" ", steps));
        boolean misused = d.findings().stream().anyMatch(f -> f.rule().equals(MISUSED_ON_PURPOSE));
        List<Mitigation> done = in.riskAssessment() == null || in.riskAssessment().mitigations() == null ? List.of()
                : in.riskAssessment().mitigations().stream().filter(x -> x != Mitigation.NONE)
                        .filter(x -> !(misused && x == Mitigation.CONFIDENTIALITY_ASSURANCE)).toList();
        m.put("whatWeAreDoing", (done.isEmpty() ? "" : "We have already "
                + org.breachrules.drools.facts.Words.and(done.stream().map(NoticeDrafts::done).toList()) + ". ") + "[[what we are doing to investigate, to mitigate harm and to protect against"
                + " further breaches]]");
        m.put("byState", byState(in));
        m.put("role", PortalLabels.of(in.reporter().role()));
        portal(m, in);
        return m;
    }

    /** The HHS portal's answers for the worksheet (see docs/hhs-portal-questions.md): a placeholder for each unknown. */
    private static void portal(Map<String, Object> m, Incident in) {
        m.put("entityType", or(PortalFields.entityType(in), "[[type of covered entity: Health Plan, Healthcare"
                + " Provider, Healthcare Clearing House or Business Associate]]"));
        m.put("address", or(PortalFields.address(in), "[[street, city, state and ZIP code]]"));
        m.put("contact", or(PortalFields.contact(in), "[[contact name, title, phone and e-mail]]"));
        m.put("businessAssociate", in.businessAssociate() != null ? "Yes" : "No");
        m.put("occurredUntil", in.occurredUntil() == null ? "[[breach end date]]" : PlainDate.of(in.occurredUntil()));
        m.put("total", in.affected() == null ? "[[approximate number]]" : in.affected().total());
        m.put("individuals", m.get("total"));
        m.put("estimate", in.affected() != null && in.affected().totalIsEstimate());
        m.put("breachType", or(PortalFields.breachType(in), "[[type of breach]]"));
        m.put("locations", or(PortalFields.locations(in, ", "), "[[location of breached information]]"));
        Set<String> categories = PortalFields.phiCategories(in);
        m.put("phiCategories", categories == null ? "[[demographic, financial, clinical, other]]"
                : String.join(", ", categories));
        m.put("description", or(in.description(), "[[description of the breach: how it happened, the type of media"
                + " and of PHI]]"));
        m.put("safeguards", or(PortalFields.safeguardsInPlace(in, "; "), "[[safeguards in place prior to the"
                + " breach: None, Privacy Rule, Security Rule administrative, physical or technical]]"));
        String recorded = PortalFields.safeguards(in);
        m.put("safeguardsRecorded", recorded == null ? "" : recorded);
        m.put("actions", or(PortalFields.actions(in, "; "), "[[actions taken in response]]"));
    }

    /** Steps for the next of kin or personal representative of a deceased individual, from the PHI types. */
    private static List<String> kinSteps(Incident in) {
        List<PhiType> types = in.riskAssessment() == null || in.riskAssessment().phiTypes() == null ? List.of()
                : in.riskAssessment().phiTypes();
        List<String> steps = new ArrayList<>();
        if (types.contains(PhiType.SSN) || types.contains(PhiType.DRIVERS_LICENSE)) {
            steps.add("Ask the three nationwide credit bureaus to mark the credit file of the person you represent"
                    + " as deceased.");
        }
        if (types.contains(PhiType.PAYMENT_CARD) || types.contains(PhiType.FINANCIAL_ACCOUNT)) {
            steps.add("Tell the banks and card issuers of the person you represent, and watch the statements for"
                    + " charges you do not recognize.");
        }
        steps.add("Review the statements of the health plan of the person you represent, and tell the plan and us"
                + " about any service that was not received.");
        steps.add("Be cautious of calls, e-mails or letters asking for information about the person you represent.");
        return steps;
    }

    /** Residents per state or territory as the incident gives them, for the covered entity's notices. */
    private static String byState(Incident in) {
        if (in.affected() == null || in.affected().byJurisdiction().isEmpty()) {
            return "[[residents per state or territory]]";
        }
        String listed = in.affected().byJurisdiction().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().displayName() + " " + e.getValue()).collect(Collectors.joining(", "));
        int rest = in.affected().total() == null ? 0 : in.affected().total() - in.affected().byJurisdiction().values().stream()
                .mapToInt(Integer::intValue).sum();
        return rest > 0 ? listed + ", [[state or territory of the other " + rest + "]]" : listed;
    }

    /** Steps chosen from the PHI types (164.404(c)(1)(C)); generic advice when the types are not known. */
    private static List<String> steps(List<PhiType> types) {
        Set<PhiType> t = types.isEmpty() ? EnumSet.noneOf(PhiType.class) : EnumSet.copyOf(types);
        List<String> steps = new ArrayList<>();
        if (t.contains(PhiType.SSN) || t.contains(PhiType.DRIVERS_LICENSE)) {
            steps.add("Place a fraud alert or a security freeze on your credit files with the three nationwide credit"
                    + " bureaus, and review your credit reports (free at annualcreditreport.com).");
        }
        if (t.contains(PhiType.PAYMENT_CARD) || t.contains(PhiType.FINANCIAL_ACCOUNT)) {
            steps.add("Watch your bank and card statements for charges you do not recognize, and ask your bank to"
                    + " replace the card or account number.");
        }
        if (t.contains(PhiType.CREDENTIALS)) {
            steps.add("Change the password of the account involved, and of any account where you use the same"
                    + " password.");
        }
        if (t.stream().anyMatch(x -> EnumSet.of(PhiType.DIAGNOSIS, PhiType.TREATMENT, PhiType.MEDICATION,
                PhiType.LAB_RESULTS, PhiType.MEDICAL_RECORD_NUMBER, PhiType.HEALTH_PLAN_ID,
                PhiType.SENSITIVE_CONDITION).contains(x))) {
            steps.add("Review the explanation-of-benefits statements from your health plan, and tell your plan and"
                    + " us about any service you did not receive.");
        }
        if (steps.isEmpty()) {
            steps.add("[[steps individuals should take to protect themselves from potential harm]]");
        }
        steps.add("Be cautious of calls, e-mails or letters asking for your personal information.");
        return steps;
    }

    private static String words(PhiType t) {
        return switch (t) {
            case NAME -> "name";
            case ADDRESS -> "address";
            case DATE_OF_BIRTH -> "date of birth";
            case CONTACT_INFO -> "contact information";
            case SSN -> "Social Security number";
            case DRIVERS_LICENSE -> "driver's license number";
            case FINANCIAL_ACCOUNT -> "financial account number";
            case PAYMENT_CARD -> "payment card number";
            case MEDICAL_RECORD_NUMBER -> "medical record number";
            case HEALTH_PLAN_ID -> "health plan identification number";
            case DIAGNOSIS -> "diagnosis";
            case TREATMENT -> "treatment information";
            case MEDICATION -> "medication";
            case LAB_RESULTS -> "laboratory results";
            case SENSITIVE_CONDITION -> "information about a sensitive condition";
            case BIOMETRIC -> "biometric identifiers";
            case PHOTO -> "photographs";
            case CREDENTIALS -> "user name and password";
            case OTHER -> "other information";
        };
    }

    /**
     * The rule whose finding says the person who got the PHI misused it on purpose: their confidentiality assurance is
     * then no mitigation (45 CFR 164.402(2)(iv); interchange format, "Contradictions"), so no letter cites it as one.
     * Read from the determination's findings, never worked out again here.
     */
    static final String MISUSED_ON_PURPOSE = "Factor (ii) HIGH: the person misused the PHI on purpose";

    private static String done(Mitigation m) {
        return switch (m) {
            case RETRIEVED -> "retrieved the information";
            case DESTROYED_WITH_ATTESTATION -> "obtained a written attestation that the information was destroyed";
            case CONFIDENTIALITY_ASSURANCE -> "obtained an assurance that the information will be kept confidential";
            case REMOTE_WIPED -> "wiped the device remotely";
            case ACCESS_REVOKED -> "revoked the access";
            case EXPOSURE_CLOSED -> "closed the exposure";
            case RESTORED_FROM_BACKUP -> "restored the data from backup";
            case NONE -> "";
        };
    }

    private static String or(String value, String placeholder) {
        return value == null || value.isBlank() ? placeholder : value;
    }
}
