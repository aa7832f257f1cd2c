package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.MissingFact;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Recipient;
import org.breachrules.api.StateObligation;
import org.breachrules.api.SubstituteNoticeForm;
import org.breachrules.cli.notices.NoticeDrafts;
import org.breachrules.cli.register.DeadlineCalendar;
import org.breachrules.cli.register.HhsLog;
import org.breachrules.cli.register.Register;
import org.breachrules.cli.register.RegisterReport;
import org.breachrules.cli.report.HtmlReport;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.breachrules.verify.generate.IncidentGenerator;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, "documents that drop what the determination knows": every output says what the determination says, and
 * no document recomputes a date or a status. Every sample incident and {@value #DEFAULT_COUNT} generated ones (format
 * 1.2 facts, contradictions included) are determined once, as of one date, with the built-in rules; then every
 * document the tool writes for them is rendered in-process from those determinations, as the commands do: the
 * register (JSON, text, HTML), the deadline calendar (.ics), the HHS annual log (CSV and its summary), the notice
 * drafts, and the text and HTML reports. From each document a small extractor reads what it shows for each obligation
 * ({@code notifications[]} and {@code stateObligations[]}) in the document's own form (ISO dates in JSON, .ics and
 * the reports, "November 20, 2026" in letters); that must be what the determination says for that obligation
 * (status, deadline, {@code delayedUntil} and the hold it makes, {@code sentOn}, {@code notifiedSoFar},
 * {@code performedBy}, where the document shows them), each obligation the document is meant to show must be there,
 * and nothing may be shown for an obligation the determination does not have. Every inconsistency is reported at
 * once, by document and incident.
 *
 * <p>The seed is printed; rerun one with {@code -Dbreachrules.consistency.seed=N}, and change the number of generated
 * incidents with {@code -Dbreachrules.consistency.count=N}.
 */
class DocumentConsistencyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final int DEFAULT_COUNT = 5_000;
    /** As the commands evaluate: in batches (see IncidentInputs). */
    private static final int BATCH = 256;
    /** How letters write a date (45 CFR 164.404(c)(2)); spelled out here rather than taken from PlainDate. */
    private static final DateTimeFormatter PLAIN = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final String ANNUAL_HHS = "164.408(c)";
    /** The lines of the failure message per document; every line is printed to standard output. */
    private static final int SHOWN_PER_DOCUMENT = 40;

    /** One incident and its determination, made once. */
    private record Case(Incident incident, Determination d) {
        String id() {
            return d.incidentId();
        }
    }

    /**
     * What a document shows for one obligation, or what it should show: the incident, which obligation (in the
     * document's own terms: a recipient and state, a draft's file name, a calendar event) and the values, each written
     * as the document writes it.
     */
    private record Shown(String incidentId, String key, Map<String, String> values) {
    }

    // ---- the test -----------------------------------------------------------------------------------------------

    @Test
    void whenEveryDocumentIsRenderedFromTheDeterminations_thenEachShowsWhatTheDeterminationSays() throws Exception {
        long seed = Long.getLong("breachrules.consistency.seed", System.nanoTime());
        int count = Integer.getInteger("breachrules.consistency.count", DEFAULT_COUNT);
        System.out.println("DocumentConsistencyTest seed=" + seed + " count=" + count
                + " (rerun with -Dbreachrules.consistency.seed=" + seed + " -Dbreachrules.consistency.count=" + count
                + ")");
        long start = System.nanoTime();
        List<Incident> incidents = new ArrayList<>(samples());
        int samples = incidents.size();
        incidents.addAll(new IncidentGenerator(seed, AS_OF).withFormat12Facts().next(count));
        DroolsBreachDeterminer engine = DroolsBreachDeterminer.builtIn();
        long built = System.nanoTime();
        List<Case> cases = new ArrayList<>(incidents.size());
        for (int i = 0; i < incidents.size(); i += BATCH) {
            List<Incident> batch = incidents.subList(i, Math.min(incidents.size(), i + BATCH));
            List<Determination> answers = engine.determineAll(batch, AS_OF);
            for (int j = 0; j < batch.size(); j++) {
                cases.add(new Case(batch.get(j), answers.get(j)));
            }
        }
        long determined = System.nanoTime();

        Findings findings = new Findings();
        List<String> took = new ArrayList<>();
        timed(took, "register and calendar", () -> register(cases, findings));
        timed(took, "HHS log", () -> hhsLog(cases, findings));
        timed(took, "drafts", () -> drafts(cases, findings));
        timed(took, "text reports", () -> textReports(cases, findings));
        timed(took, "HTML reports", () -> htmlReports(cases, findings));

        long federal = cases.stream().mapToLong(c -> c.d().notifications().size()).sum();
        long state = cases.stream().mapToLong(c -> c.d().stateObligations().size()).sum();
        System.out.println("DocumentConsistencyTest: " + cases.size() + " incidents (" + samples + " samples, " + count
                + " generated), " + cases.stream().filter(c -> c.d().breach()).count() + " breaches, "
                + (federal + state) + " obligations (" + federal + " notifications, " + state + " state duties);"
                + " rules built and incidents generated in " + millis(start, built) + " ms, determined in "
                + millis(built, determined) + " ms; documents rendered and compared: " + String.join(", ", took));
        System.out.print(findings.summary());
        assertTrue(findings.compared() > 0, "nothing was compared");
        if (!findings.problems.isEmpty()) {
            findings.problems.values().forEach(lines -> lines.forEach(System.out::println));
            fail(findings.report(seed, count));
        }
    }

    /** One part of the test, timed. */
    private interface Part {
        void run() throws Exception;
    }

    private static void timed(List<String> took, String name, Part part) throws Exception {
        long from = System.nanoTime();
        part.run();
        took.add(name + " " + millis(from, System.nanoTime()) + " ms");
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static List<Incident> samples() throws IOException {
        Path dir = Path.of(System.getProperty("samples.dir", "../breach-rules-examples/samples"));
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Incident> out = new ArrayList<>();
        IncidentReader reader = new IncidentReader();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                ReadResult r = reader.read(in, AS_OF);
                assertTrue(r.ok(), f + ": " + r.violations());
                out.addAll(r.incidents());
            }
        }
        assertTrue(out.size() >= 20, "the bundled samples, from " + dir);
        return out;
    }

    // ---- the register: JSON, text, HTML, and the calendar made from its rows ----------------------------------------

    /** A register row as the determination gives it (the register adds no fact of its own). */
    private record Row(String incidentId, String who, String jurisdiction, NotificationStatus status,
                       LocalDate deadline, Long days, LocalDate sentOn, LocalDate delayedUntil,
                       List<String> dependsOn) {
        boolean held() {
            return isHeld(delayedUntil, status);
        }

        String key() {
            return who + " | " + (jurisdiction == null ? "-" : jurisdiction);
        }

        /** Who the calendar names: the recipient and, for media and state duties, the state. */
        String calendarWho() {
            return who + (jurisdiction == null ? "" : " " + jurisdiction);
        }

        /** The register's group title. */
        String group() {
            return switch (status) {
                case OVERDUE -> "Overdue";
                case UNDETERMINED -> "To settle (facts missing)";
                case SENT, SENT_LATE -> "Sent";
                case DUE -> days != null && days <= Register.SOON_DAYS ? "Due within " + Register.SOON_DAYS + " days"
                        : "Due later";
            };
        }

        String statusText() {
            if (status == NotificationStatus.SENT_LATE) {
                return "SENT_LATE (late)";
            }
            return status == NotificationStatus.UNDETERMINED && deadline != null && deadline.isBefore(AS_OF)
                    ? "UNDETERMINED (possibly overdue)" : status.name();
        }
    }

    private static List<Row> expectedRows(Case c) {
        List<Row> rows = new ArrayList<>();
        for (Notification n : c.d().notifications()) {
            rows.add(new Row(c.id(), n.recipient().name(), n.jurisdiction() == null ? null : n.jurisdiction().name(),
                    n.status(), n.deadline(), n.daysRemaining(), n.sentOn(), n.delayedUntil(), n.dependsOn()));
        }
        for (StateObligation s : c.d().stateObligations()) {
            // A state duty carries no days remaining: the register counts them from the deadline it shows. What
            // settles an UNDETERMINED one is the missing fact the determination names for state duties.
            Long days = s.deadline() == null || s.status() == NotificationStatus.UNDETERMINED ? null
                    : ChronoUnit.DAYS.between(AS_OF, s.deadline());
            List<String> settles = s.status() != NotificationStatus.UNDETERMINED ? List.of()
                    : c.d().missingFacts().stream().map(MissingFact::field)
                            .filter("riskAssessment.phiTypes"::equals).toList();
            rows.add(new Row(c.id(), "STATE " + s.recipient().name(), s.jurisdiction().name(), s.status(),
                    s.deadline(), days, null, null, settles));
        }
        return rows;
    }

    private static void register(List<Case> cases, Findings findings) throws IOException {
        Register register = new Register(AS_OF);
        cases.forEach(c -> register.add(c.d()));
        List<Row> rows = cases.stream().flatMap(c -> expectedRows(c).stream()).toList();
        Map<NotificationStatus, Integer> counts = new TreeMap<>();
        for (NotificationStatus s : NotificationStatus.values()) {
            counts.put(s, 0);
        }
        rows.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        String countsText = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        long breaches = cases.stream().filter(c -> c.d().breach()).count();

        // JSON
        String json = RegisterReport.json(register);
        JsonNode root = new ObjectMapper().readTree(json);
        findings.rendered("register (JSON)", 1);
        List<Shown> shown = new ArrayList<>();
        for (JsonNode r : root.get("rows")) {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("group", text(r.get("group")));
            v.put("status", text(r.get("status")));
            v.put("deadline", text(r.get("deadline")));
            v.put("daysRemaining", text(r.get("daysRemaining")));
            v.put("sentOn", text(r.get("sentOn")));
            v.put("delayedUntil", text(r.get("delayedUntil")));
            v.put("held", text(r.get("held")));
            v.put("hold", text(r.get("hold")));
            List<String> depends = new ArrayList<>();
            r.get("dependsOn").forEach(f -> depends.add(f.asText()));
            v.put("dependsOn", String.join(", ", depends));
            shown.add(new Shown(text(r.get("incidentId")), text(r.get("recipient")) + " | "
                    + (r.get("jurisdiction").isNull() ? "-" : r.get("jurisdiction").asText()), v));
        }
        findings.compare("register (JSON)", rows.stream().map(r -> {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("group", groupName(r.group()));
            v.put("status", r.status().name());
            v.put("deadline", iso(r.deadline()));
            v.put("daysRemaining", String.valueOf(r.days()));
            v.put("sentOn", iso(r.sentOn()));
            v.put("delayedUntil", iso(r.delayedUntil()));
            v.put("held", String.valueOf(r.held()));
            v.put("hold", r.held() ? holdSentence(r.delayedUntil().toString()) : "null");
            v.put("dependsOn", String.join(", ", r.dependsOn()));
            return new Shown(r.incidentId(), r.key(), v);
        }).toList(), shown);
        findings.check("register (JSON)", "*", "counts", countsJson(root.get("counts")), countsText);
        findings.check("register (JSON)", "*", "incidents and breaches", root.get("incidents").asText() + ", "
                + root.get("breaches").asText(), cases.size() + ", " + breaches);

        // text and HTML: the same rows, as a privacy office reads them
        Function<Row, Shown> asRead = r -> {
            Map<String, String> v = new LinkedHashMap<>();
            v.put("group", r.group());
            v.put("status", r.statusText());
            v.put("deadline", r.deadline() == null ? "not known" : r.deadline().toString());
            v.put("daysRemaining", r.days() == null ? "-" : r.days().toString());
            v.put("sentOn", r.sentOn() == null ? "-" : r.sentOn().toString());
            v.put("settledBy", r.dependsOn().isEmpty() ? "-" : String.join(", ", r.dependsOn()));
            v.put("note", r.held() ? holdSentence(r.delayedUntil().toString()) : "-");
            return new Shown(r.incidentId(), r.key(), v);
        };
        List<Shown> read = rows.stream().map(asRead).toList();
        String summary = cases.size() + " incident(s), " + breaches + " breach(es), " + rows.size()
                + " obligation(s): " + countsText;

        String text = RegisterReport.text(register);
        findings.rendered("register (text)", 1);
        findings.compare("register (text)", read, registerText(text, findings));
        findings.check("register (text)", "*", "summary", text.lines().skip(1).findFirst().orElse(""), summary);

        StringWriter html = new StringWriter();
        RegisterReport.html(register, html);
        findings.rendered("register (HTML)", 1);
        findings.compare("register (HTML)", read.stream().map(s -> {
            Map<String, String> v = new LinkedHashMap<>(s.values());
            v.put("statusClass", v.get("status").replaceFirst(" .*", ""));
            return new Shown(s.incidentId(), s.key(), v);
        }).toList(), registerHtml(html.toString(), findings));
        Matcher p = Pattern.compile("<p>As of " + AS_OF + ": (.*?)\\.</p>").matcher(html.toString());
        findings.check("register (HTML)", "*", "summary", p.find() ? unescape(p.group(1)) : "(none)", summary);

        // the calendar, as register --ics and evaluate --ics make it: from the register's rows
        DeadlineCalendar calendar = new DeadlineCalendar(AS_OF);
        register.rows().forEach(calendar::add);
        findings.rendered("calendar (.ics)", 1);
        List<Shown> events = new ArrayList<>();
        for (Row r : rows) {
            if (r.deadline() == null || (r.status() != NotificationStatus.DUE
                    && r.status() != NotificationStatus.OVERDUE)) {
                continue; // the calendar holds the open deadlines only
            }
            events.add(new Shown(r.incidentId(), "deadline: " + r.calendarWho(), Map.of("date", r.deadline()
                    .toString(), "status", r.status().name(), "hold", r.held() ? r.delayedUntil().toString() : "-")));
            if (r.held()) {
                events.add(new Shown(r.incidentId(), "hold ends: " + r.calendarWho(), Map.of("date",
                        r.delayedUntil().toString(), "hold", r.delayedUntil().toString(), "deadline",
                        r.deadline().toString(), "status", r.status().name())));
            }
        }
        findings.compare("calendar (.ics)", events, calendar(calendar.write(), findings));
    }

    private static String groupName(String title) {
        for (Register.Group g : Register.Group.values()) {
            if (g.title().equals(title)) {
                return g.name();
            }
        }
        return title;
    }

    private static String countsJson(JsonNode counts) {
        return Stream.of(NotificationStatus.values()).map(s -> (counts.has(s.name()) ? counts.get(s.name()).asText()
                : "?") + " " + s).collect(Collectors.joining(", "));
    }

    /** The text register: a title per group ("OVERDUE (22)"), then a table whose columns the dashed line gives. */
    private static List<Shown> registerText(String text, Findings findings) {
        List<String> lines = text.lines().toList();
        List<Shown> shown = new ArrayList<>();
        Pattern title = Pattern.compile("^(.*) \\((\\d+)\\)$");
        String group = null;
        int expected = 0;
        int seen = 0;
        int[][] columns = null;
        for (int i = 2; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (i == lines.size() || !line.isEmpty() && !line.startsWith(" ")) {
                if (group != null && seen != expected) {
                    findings.problem("register (text)", "*", "group " + group + " says (" + expected + ") and lists "
                            + seen + " rows");
                }
                if (i == lines.size()) {
                    break;
                }
                Matcher m = title.matcher(line);
                if (!m.matches()) {
                    findings.problem("register (text)", "*", "unexpected line: " + line);
                    continue;
                }
                group = m.group(1);
                expected = Integer.parseInt(m.group(2));
                seen = 0;
                columns = null;
                continue;
            }
            if (line.isEmpty() || line.equals("  none")) {
                continue;
            }
            if (columns == null) {
                columns = columns(lines.get(++i)); // the header, then its dashes
                continue;
            }
            String[] c = cells(line, columns);
            seen++;
            Map<String, String> v = new LinkedHashMap<>();
            v.put("group", titleOf(group));
            v.put("status", c[3]);
            v.put("deadline", c[4]);
            v.put("daysRemaining", c[5]);
            v.put("sentOn", c[6]);
            v.put("settledBy", c[7]);
            v.put("note", c[8]);
            shown.add(new Shown(c[0], c[1] + " | " + c[2], v));
        }
        return shown;
    }

    /** The group's title as the register names it, from its upper-case heading. */
    private static String titleOf(String heading) {
        for (Register.Group g : Register.Group.values()) {
            if (g.title().toUpperCase(Locale.ROOT).equals(heading)) {
                return g.title();
            }
        }
        return heading;
    }

    private static final Pattern H2 = Pattern.compile("<h2>(.*?) \\((\\d+)\\)</h2>");
    private static final Pattern REGISTER_ROW = Pattern.compile("<tr class=\"row\">(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern TD = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);
    private static final Pattern STATUS_SPAN = Pattern.compile("<span class=\"status (\\w+)\">(.*?)</span>");
    private static final Pattern HOLD_STRONG = Pattern.compile("^<strong class=\"hold\">(.*?)</strong>$");

    /** The HTML register: an {@code h2} per group, then a row per obligation. */
    private static List<Shown> registerHtml(String html, Findings findings) {
        List<Shown> shown = new ArrayList<>();
        Matcher h2 = H2.matcher(html);
        List<Integer> starts = new ArrayList<>();
        List<String[]> groups = new ArrayList<>();
        while (h2.find()) {
            starts.add(h2.end());
            groups.add(new String[] {unescape(h2.group(1)), h2.group(2)});
        }
        for (int g = 0; g < starts.size(); g++) {
            int from = starts.get(g);
            int to = g + 1 < starts.size() ? html.indexOf("<h2>", from) : html.length();
            Matcher row = REGISTER_ROW.matcher(html.substring(from, to));
            int seen = 0;
            while (row.find()) {
                seen++;
                List<String> c = tds(row.group(1));
                Matcher status = STATUS_SPAN.matcher(c.get(3));
                Matcher note = HOLD_STRONG.matcher(c.get(8));
                Map<String, String> v = new LinkedHashMap<>();
                v.put("group", groups.get(g)[0]);
                v.put("status", status.find() ? unescape(status.group(2)) : "(no status) " + c.get(3));
                v.put("deadline", unescape(c.get(4)));
                v.put("daysRemaining", unescape(c.get(5)));
                v.put("sentOn", unescape(c.get(6)));
                v.put("settledBy", unescape(c.get(7)));
                v.put("note", note.matches() ? unescape(note.group(1)) : unescape(c.get(8)));
                status.reset();
                v.put("statusClass", status.find() ? status.group(1) : "(none)");
                shown.add(new Shown(unescape(c.get(0)), unescape(c.get(1)) + " | " + unescape(c.get(2)), v));
            }
            if (seen != Integer.parseInt(groups.get(g)[1])) {
                findings.problem("register (HTML)", "*", "group " + groups.get(g)[0] + " says (" + groups.get(g)[1]
                        + ") and lists " + seen + " rows");
            }
        }
        return shown;
    }

    /** The calendar: each VEVENT's summary, description and start (alarms skipped), lines unfolded. */
    private static List<Shown> calendar(String ics, Findings findings) {
        List<Shown> shown = new ArrayList<>();
        String unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
        Map<String, String> event = null;
        boolean alarm = false;
        Map<String, Integer> uids = new HashMap<>();
        Pattern due = Pattern.compile("^Breach notice due: (.+) \\(incident (.+)\\)$");
        Pattern ends = Pattern.compile("^Law-enforcement hold ends: notice to (.+) may go out \\(incident (.+)\\)$");
        Pattern status = Pattern.compile("\\(status (\\w+)\\)");
        Pattern deadline = Pattern.compile("\\(deadline (\\S+), status (\\w+)\\)");
        Pattern hold = Pattern.compile("^Do not send before (\\S+): law enforcement asked for a delay"
                + " \\(45 CFR 164\\.412\\)\\. ");
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                event = new HashMap<>();
            } else if (line.equals("BEGIN:VALARM")) {
                alarm = true;
            } else if (line.equals("END:VALARM")) {
                alarm = false;
            } else if (line.equals("END:VEVENT") && event != null) {
                String uid = event.getOrDefault("UID", "");
                uids.merge(uid, 1, Integer::sum);
                String summary = event.getOrDefault("SUMMARY", "");
                String description = event.getOrDefault("DESCRIPTION", "");
                String start = event.getOrDefault("DTSTART", "");
                String date = start.matches("\\d{8}") ? start.substring(0, 4) + "-" + start.substring(4, 6) + "-"
                        + start.substring(6) : "(DTSTART " + start + ")";
                Matcher m = due.matcher(summary);
                Matcher e = ends.matcher(summary);
                Matcher h = hold.matcher(description);
                String held = h.find() ? h.group(1) : "-";
                if (m.matches() && uid.endsWith("@deadline")) {
                    Matcher s = status.matcher(description);
                    shown.add(new Shown(m.group(2), "deadline: " + m.group(1), Map.of("date", date, "status",
                            s.find() ? s.group(1) : "(none)", "hold", held)));
                } else if (e.matches() && uid.endsWith("@hold-ends")) {
                    Matcher d = deadline.matcher(description);
                    boolean found = d.find();
                    shown.add(new Shown(e.group(2), "hold ends: " + e.group(1), Map.of("date", date, "hold", held,
                            "deadline", found ? d.group(1) : "(none)", "status", found ? d.group(2) : "(none)")));
                } else {
                    findings.problem("calendar (.ics)", "*", "an event of no known kind: " + uid + " / " + summary);
                }
                event = null;
            } else if (event != null && !alarm) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    String name = line.substring(0, colon).replaceFirst(";.*", "");
                    event.put(name, line.substring(colon + 1).replace("\\n", "\n").replace("\\N", "\n")
                            .replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\"));
                }
            }
        }
        uids.forEach((uid, n) -> {
            if (n > 1) {
                findings.problem("calendar (.ics)", "*", "UID " + uid + " is used by " + n + " events (a calendar"
                        + " keeps one)");
            }
        });
        return shown;
    }

    // ---- the HHS annual log -------------------------------------------------------------------------------------

    private static void hhsLog(List<Case> cases, Findings findings) throws IOException {
        Set<Integer> years = new TreeSet<>();
        for (Case c : cases) {
            if (c.d().clockStartedOn() != null && annualHhs(c.d()) != null) {
                years.add(c.d().clockStartedOn().getYear());
            }
        }
        for (int year : years) {
            HhsLog log = new HhsLog(year);
            cases.forEach(c -> log.add(c.incident(), c.d()));
            findings.rendered("HHS annual log (CSV)", 1);
            List<Shown> expected = new ArrayList<>();
            Map<String, Integer> dues = new TreeMap<>();
            Map<String, NotificationStatus> nullDues = new TreeMap<>();
            int reported = 0;
            for (Case c : cases) {
                Notification hhs = annualHhs(c.d());
                if (hhs == null || !c.d().breach() || c.d().clockStartedOn() == null
                        || c.d().clockStartedOn().getYear() != year) {
                    continue;
                }
                if (hhs.status() == NotificationStatus.SENT || hhs.status() == NotificationStatus.SENT_LATE) {
                    reported++;
                    continue;
                }
                LocalDate sentOn = individualsSentOn(c.d());
                expected.add(new Shown(c.id(), "HHS " + ANNUAL_HHS, Map.of(
                        "discovery_date", c.d().clockStartedOn().toString(),
                        "hhs_due_date", hhs.deadline() == null ? "" : hhs.deadline().toString(),
                        "individual_notice_sent_on", sentOn == null ? "" : sentOn.toString(),
                        "individual_notice_sent_on named missing", String.valueOf(sentOn == null))));
                if (hhs.deadline() == null) {
                    nullDues.put(c.id(), hhs.status());
                } else {
                    dues.merge(hhs.deadline().toString(), 1, Integer::sum);
                }
            }
            List<Shown> shown = new ArrayList<>();
            try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(log.csv()))) {
                for (CSVRecord r : parser) {
                    List<String> missing = List.of(r.get("missing_portal_fields").split("; "));
                    shown.add(new Shown(r.get("incident_id"), "HHS " + ANNUAL_HHS, Map.of(
                            "discovery_date", r.get("discovery_date"),
                            "hhs_due_date", r.get("hhs_due_date"),
                            "individual_notice_sent_on", r.get("individual_notice_sent_on"),
                            "individual_notice_sent_on named missing",
                            String.valueOf(missing.contains("individual_notice_sent_on")))));
                }
            }
            findings.compare("HHS annual log (CSV)", expected, shown);

            // The summary: how many, each due date with its count, and those already reported.
            String doc = "HHS annual log (summary)";
            String across = "* (year " + year + ")";
            findings.rendered("HHS annual log (summary)", 1);
            List<String> lines = log.summary().lines().toList();
            Matcher m = Pattern.compile("^(\\d+) breach(?:es)? to report to HHS(?: by (\\S+)|: (.*))? \\(45 CFR"
                    + " 164\\.408\\(c\\)\\)$").matcher(lines.size() > 1 ? lines.get(1) : "");
            if (!m.matches()) {
                findings.problem(doc, across, "no count line: " + lines);
                continue;
            }
            findings.check(doc, across, "breaches to report", m.group(1), String.valueOf(expected.size()));
            if (!expected.isEmpty()) {
                Map<String, Integer> said = new TreeMap<>();
                int withoutDate = 0;
                if (m.group(2) != null) {
                    said.put(m.group(2), expected.size());
                } else if (m.group(3) != null) {
                    for (String part : m.group(3).split(", ")) {
                        Matcher by = Pattern.compile("^(\\d+) by (\\S+)$").matcher(part);
                        if (by.matches()) {
                            said.put(by.group(2), Integer.parseInt(by.group(1)));
                        } else if (part.matches("^\\d+ with no due date yet.*")) {
                            withoutDate = Integer.parseInt(part.replaceFirst(" .*", ""));
                        }
                    }
                }
                findings.check(doc, across, "due dates", said.toString(), dues.toString());
                findings.check(doc, across, "with no due date yet", String.valueOf(withoutDate),
                        String.valueOf(nullDues.size()));
                if (withoutDate > 0 && m.group(3).contains("undetermined")) {
                    // The summary calls a breach without an HHS deadline undetermined: so must the determination.
                    nullDues.forEach((id, status) -> {
                        if (status != NotificationStatus.UNDETERMINED) {
                            findings.problem(doc, id, "HHS " + ANNUAL_HHS + ": the summary calls its due date"
                                    + " undetermined; the determination's status is " + status);
                        }
                    });
                }
            }
            String already = lines.stream().filter(l -> l.contains("already reported to HHS")).findFirst()
                    .map(l -> l.replaceFirst(" .*", "")).orElse("0");
            findings.check(doc, across, "already reported", already, String.valueOf(reported));
        }
    }

    private static Notification annualHhs(Determination d) {
        return d.notifications().stream().filter(n -> n.recipient() == Recipient.HHS
                && n.citation().contains(ANNUAL_HHS)).findFirst().orElse(null);
    }

    private static LocalDate individualsSentOn(Determination d) {
        return d.notifications().stream().filter(n -> n.recipient() == Recipient.INDIVIDUALS && n.sentOn() != null)
                .map(Notification::sentOn).findFirst().orElse(null);
    }

    // ---- the notice drafts ------------------------------------------------------------------------------------------

    private static final Pattern DRAFT_HOLD = Pattern.compile("Do not send before (.+?): law enforcement asked for a"
            + " delay \\(45 CFR 164\\.412\\)\\.");
    private static final Pattern DRAFT_OVERDUE = Pattern.compile("Overdue: the deadline was (.+?)\\. Send it");
    private static final Pattern DRAFT_UNDETERMINED = Pattern.compile("Send only if the duty is confirmed: it is"
            + " undetermined until (.+?) (?:is|are) known(?: \\(to be settled by (.+?)\\))?\\.");
    private static final Pattern DRAFT_NOTIFIED = Pattern.compile("(\\d+) individual\\(s\\) already notified(?:, the"
            + " latest on (.+?))?: send this only to the others\\.");
    private static final String DRAFT_DELEGATED = "Sent by the business associate under the agreement; the covered"
            + " entity remains responsible.";
    private static final Pattern DRAFT_DEADLINE = Pattern.compile("(?:no later than|Due at HHS:)"
            + " (\\[\\[deadline not yet known\\]\\]|[A-Z][a-z]+ \\d{1,2}, \\d{4})");
    private static final Pattern DRAFT_RELEASE = Pattern.compile("FOR IMMEDIATE RELEASE|NOT FOR RELEASE BEFORE (.+?)"
            + " -- |NOT FOR RELEASE UNTIL THE DUTY IS CONFIRMED");

    private static void drafts(List<Case> cases, Findings findings) {
        NoticeDrafts drafts = new NoticeDrafts(null, AS_OF);
        List<Shown> expected = new ArrayList<>();
        List<Shown> shown = new ArrayList<>();
        for (Case c : cases) {
            for (Notification n : c.d().notifications()) {
                if (n.status() == NotificationStatus.SENT || n.status() == NotificationStatus.SENT_LATE) {
                    continue; // a notice sent is not drafted again
                }
                for (String file : draftFiles(c.incident(), n)) {
                    expected.add(new Shown(c.id(), file, expectedDraft(c.d(), n, file)));
                }
            }
            Map<String, String> files;
            try {
                files = drafts.drafts(c.incident(), c.d());
            } catch (RuntimeException e) {
                findings.problem("notice drafts", c.id(), "cannot be drafted: " + e);
                continue;
            }
            findings.rendered("notice drafts", files.size());
            files.forEach((file, text) -> shown.add(new Shown(c.id(), file, shownDraft(file, text))));
        }
        findings.compare("notice drafts", expected, shown);
    }

    /** The drafts of one obligation not yet sent: the letter, and for individuals the next of kin and substitute. */
    private static List<String> draftFiles(Incident in, Notification n) {
        return switch (n.recipient()) {
            case INDIVIDUALS -> {
                List<String> files = new ArrayList<>(List.of("individuals.txt"));
                var a = in.affected();
                if (a != null && a.deceased() != null && a.deceased() - (a.deceasedWithoutNextOfKinContact() == null
                        ? 0 : a.deceasedWithoutNextOfKinContact()) > 0) {
                    files.add("next-of-kin.txt");
                }
                if (n.substituteNotice() != null) {
                    files.add(n.substituteNotice().form() == SubstituteNoticeForm.CONSPICUOUS_WEB_POSTING_OR_MAJOR_MEDIA
                            ? "substitute-notice.txt" : "substitute-notice-alternative.txt");
                }
                yield files;
            }
            case MEDIA -> List.of("media-" + (n.jurisdiction() == null ? "unknown-state" : n.jurisdiction().name())
                    + ".txt");
            case COVERED_ENTITY -> List.of("covered-entity.txt");
            case HHS -> List.of("hhs-portal-worksheet.txt");
        };
    }

    private static Map<String, String> expectedDraft(Determination d, Notification n, String file) {
        boolean held = isHeld(n.delayedUntil(), n.status());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("hold", held ? plain(n.delayedUntil()) : "-");
        v.put("overdue", n.status() == NotificationStatus.OVERDUE ? plain(n.deadline()) : "-");
        v.put("undetermined", n.status() != NotificationStatus.UNDETERMINED ? "-"
                : "until " + (n.dependsOn().isEmpty() ? "the facts the determination names"
                        : String.join(", ", n.dependsOn())) + (n.deadline() == null ? "" : "; by "
                        + plain(n.deadline())));
        v.put("notifiedSoFar", n.notifiedSoFar() == null || n.notifiedSoFar() == 0 ? "-" : n.notifiedSoFar()
                + (n.sentOn() == null ? "" : "; latest " + plain(n.sentOn())));
        v.put("performedBy", n.performedBy() == null ? "-" : n.performedBy().name());
        v.put("deadline", file.equals("substitute-notice.txt") ? "(not shown)" : n.deadline() == null
                ? "[[deadline not yet known]]" : plain(n.deadline()));
        if (n.recipient() == Recipient.MEDIA) {
            v.put("release", held ? "not before " + plain(n.delayedUntil())
                    : n.status() == NotificationStatus.UNDETERMINED ? "not until confirmed" : "immediate");
        }
        if (n.recipient() == Recipient.HHS) {
            LocalDate sent = individualsSentOn(d);
            v.put("individual notice provided on", sent == null ? "[[date individual notice was sent]]" : plain(sent));
            v.put("breach affecting", n.citation().contains(ANNUAL_HHS) ? "Fewer than 500 individuals"
                    : "500 or more individuals");
            v.put("discovery date", d.clockStartedOn() == null ? "[[date of discovery]]" : plain(d.clockStartedOn()));
        }
        return v;
    }

    private static Map<String, String> shownDraft(String file, String text) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("hold", all(DRAFT_HOLD, text, m -> m.group(1)));
        v.put("overdue", all(DRAFT_OVERDUE, text, m -> m.group(1)));
        v.put("undetermined", all(DRAFT_UNDETERMINED, text, m -> "until " + m.group(1)
                + (m.group(2) == null ? "" : "; by " + m.group(2))));
        v.put("notifiedSoFar", all(DRAFT_NOTIFIED, text, m -> m.group(1)
                + (m.group(2) == null ? "" : "; latest " + m.group(2))));
        v.put("performedBy", text.contains(DRAFT_DELEGATED) ? "BUSINESS_ASSOCIATE" : "-");
        String deadline = all(DRAFT_DEADLINE, text, m -> m.group(1));
        v.put("deadline", deadline.equals("-") ? "(not shown)" : deadline);
        if (file.startsWith("media-")) {
            v.put("release", all(DRAFT_RELEASE, text, m -> m.group().startsWith("FOR IMMEDIATE") ? "immediate"
                    : m.group(1) != null ? "not before " + m.group(1) : "not until confirmed"));
        }
        if (file.equals("hhs-portal-worksheet.txt")) {
            v.put("individual notice provided on", line(text, "Individual notice provided on: "));
            v.put("breach affecting", line(text, "Breach affecting: "));
            v.put("discovery date", line(text, "Discovery date: "));
        }
        return v;
    }

    /** Every distinct match, as {@code value} gives it, joined with " + "; "-" when none. */
    private static String all(Pattern p, String text, Function<Matcher, String> value) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(value.apply(m));
        }
        return found.isEmpty() ? "-" : String.join(" + ", found);
    }

    private static String line(String text, String label) {
        return text.lines().filter(l -> l.startsWith(label)).map(l -> l.substring(label.length()))
                .collect(Collectors.joining(" + "));
    }

    // ---- the text report --------------------------------------------------------------------------------------------

    private static final Pattern TEXT_HOLD = Pattern.compile("^(.+?): Do not send before (\\S+): law enforcement"
            + " asked for a delay \\(45 CFR 164\\.412\\)\\.$");
    private static final Pattern TEXT_UNDETERMINED = Pattern.compile("^(.+?) is (\\w+) until (.+) is known \\(see"
            + " above\\)\\.$");
    /** (1.2) What the reports say beside the table about waves already mailed and a delegated sender. */
    private static final Pattern SENDING = Pattern.compile("^(.+?): (?:(\\d+) individual\\(s\\) notified so far"
            + "(?:, the latest on (\\S+?))?)?(?:; )?(sent by the business associate under the agreement \\(the covered"
            + " entity remains responsible\\))?\\.$");

    /** The notice's sending as the determination records it; null when it records neither. */
    private static Map<String, String> sending(Notification n) {
        boolean waves = n.notifiedSoFar() != null && n.notifiedSoFar() > 0;
        boolean delegated = n.performedBy() != null;
        if (!waves && !delegated) {
            return null;
        }
        return Map.of("notifiedSoFar", waves ? n.notifiedSoFar().toString() : "-",
                "latest", waves && n.sentOn() != null ? n.sentOn().toString() : "-",
                "performedBy", delegated ? n.performedBy().name() : "-");
    }

    /** A sending line parsed back; null when it is not one. */
    private static Map<String, String> sendingShown(Matcher m) {
        return Map.of("notifiedSoFar", m.group(2) == null ? "-" : m.group(2),
                "latest", m.group(3) == null ? "-" : m.group(3),
                "performedBy", m.group(4) == null ? "-" : "BUSINESS_ASSOCIATE");
    }

    private static final Pattern ISO_START = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(?: \\(.*\\))?$");

    private static void textReports(List<Case> cases, Findings findings) {
        List<Shown> expected = new ArrayList<>();
        List<Shown> shown = new ArrayList<>();
        for (Case c : cases) {
            for (Notification n : c.d().notifications()) {
                String jurisdiction = n.jurisdiction() != null ? n.jurisdiction().name()
                        : n.recipient() == Recipient.MEDIA ? "unknown" : "-";
                expected.add(new Shown(c.id(), n.recipient().name() + " | " + jurisdiction, Map.of(
                        "status", n.status().name(),
                        "deadline", n.deadline() == null ? "not known" : n.deadline().toString(),
                        "delayedUntil", n.delayedUntil() == null ? "-" : n.delayedUntil().toString(),
                        "daysRemaining", n.daysRemaining() == null ? "-" : n.daysRemaining() == 0 ? "0 (due today)"
                                : n.daysRemaining().toString(),
                        "sentOn", n.sentOn() == null ? "-" : n.sentOn().toString(),
                        "citation", n.citation())));
                if (isHeld(n.delayedUntil(), n.status())) {
                    expected.add(new Shown(c.id(), "hold: " + who(n), Map.of("until", n.delayedUntil().toString())));
                }
                if (!n.dependsOn().isEmpty()) {
                    expected.add(new Shown(c.id(), "undetermined: " + who(n), Map.of("status", n.status().name(),
                            "until", String.join(", ", n.dependsOn()))));
                }
                if (sending(n) != null) {
                    expected.add(new Shown(c.id(), "sending: " + who(n), sending(n)));
                }
            }
            for (StateObligation s : c.d().stateObligations()) {
                expected.add(new Shown(c.id(), "state: " + s.jurisdiction().name() + " | " + s.recipientName(),
                        Map.of("status", s.status().name(), "deadline", s.deadline() == null ? "(timing only)"
                                : s.deadline().toString())));
            }
            String report;
            try {
                report = TextReport.render("consistency.json", false, List.of(c.incident()), List.of(c.d()));
            } catch (RuntimeException e) {
                findings.problem("text report", c.id(), "cannot be rendered: " + e);
                continue;
            }
            findings.rendered("text report", 1);
            shown.addAll(textReport(c.id(), report, findings));
        }
        findings.compare("text report", expected, shown);
    }

    private static List<Shown> textReport(String id, String report, Findings findings) {
        List<Shown> shown = new ArrayList<>();
        List<String> lines = report.lines().toList();
        int at = lines.indexOf("OBLIGATIONS");
        if (at < 0) {
            findings.problem("text report", id, "no OBLIGATIONS section");
            return shown;
        }
        int i = at + 1;
        if (lines.get(i).startsWith("  Recipient")) {
            int[][] columns = columns(lines.get(i + 1));
            for (i += 2; i < lines.size() && !lines.get(i).isEmpty() && !lines.get(i).startsWith("  ! ")
                    && !lines.get(i).startsWith("  > ") && !lines.get(i).startsWith("  * "); i++) {
                String[] c = cells(lines.get(i), columns);
                shown.add(new Shown(id, c[0] + " | " + c[1], Map.of("status", c[2], "deadline", c[3],
                        "delayedUntil", c[4], "daysRemaining", c[5], "sentOn", c[6], "citation", c[7])));
            }
            for (String note : unwrap(lines, i)) {
                String said = note.length() > 4 ? note.substring(4) : "";
                Matcher hold = TEXT_HOLD.matcher(said);
                Matcher undetermined = TEXT_UNDETERMINED.matcher(said);
                if (note.startsWith("  ! ") && hold.matches()) {
                    shown.add(new Shown(id, "hold: " + hold.group(1), Map.of("until", hold.group(2))));
                } else if (note.startsWith("  > ") && SENDING.matcher(said).matches()) {
                    Matcher m = SENDING.matcher(said);
                    m.matches();
                    shown.add(new Shown(id, "sending: " + m.group(1), sendingShown(m)));
                } else if (note.startsWith("  * ") && undetermined.matches()) {
                    shown.add(new Shown(id, "undetermined: " + undetermined.group(1), Map.of("status",
                            undetermined.group(2), "until", undetermined.group(3))));
                } else {
                    findings.problem("text report", id, "a note under OBLIGATIONS of no known kind: " + note);
                }
            }
        } else if (!lines.get(i).equals("  none")) {
            findings.problem("text report", id, "OBLIGATIONS is neither a table nor none: " + lines.get(i));
        }
        int state = -1;
        for (int j = i; j < lines.size(); j++) {
            if (lines.get(j).startsWith("STATE LAW")) {
                state = j;
                break;
            }
        }
        if (state >= 0 && lines.get(state + 1).startsWith("  State")) {
            int[][] columns = columns(lines.get(state + 2));
            for (int j = state + 3; j < lines.size() && !lines.get(j).isEmpty() && !lines.get(j).startsWith("  * ");
                    j++) {
                String[] c = cells(lines.get(j), columns);
                Matcher deadline = ISO_START.matcher(c[2]);
                shown.add(new Shown(id, "state: " + c[0] + " | " + c[1], Map.of("status", c[3], "deadline",
                        deadline.matches() ? deadline.group(1) : "(timing only)")));
            }
        }
        return shown;
    }

    /** The notes after a table ("  ! ..." and "  * ..."), each wrapped line joined to the note it continues. */
    private static List<String> unwrap(List<String> lines, int from) {
        List<String> notes = new ArrayList<>();
        for (int i = from; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            String line = lines.get(i);
            if (line.startsWith("    ") && !notes.isEmpty()) {
                notes.set(notes.size() - 1, notes.get(notes.size() - 1) + " " + line.strip());
            } else {
                notes.add(line);
            }
        }
        return notes;
    }

    // ---- the HTML report --------------------------------------------------------------------------------------------

    private static final Pattern OBLIGATION_ROW = Pattern.compile("<tr class=\"obligation\">(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern STATE_ROW = Pattern.compile("<tr class=\"state-obligation\">(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern HOLD_P = Pattern.compile("<p class=\"hold\"><strong>(.+?): Do not send before"
            + " (\\S+): law enforcement asked for a delay \\(45 CFR 164\\.412\\)\\.</strong></p>");
    private static final Pattern TIMELINE = Pattern.compile("<g class=\"deadline\" data-recipient=\"(.*?)\""
            + " data-status=\"(.*?)\"><circle [^>]*><title>(.*?)</title>");
    private static final Pattern BAND = Pattern.compile("<rect class=\"delay\" [^>]*><title>law-enforcement delay"
            + " until (.*?)</title>");
    private static final Pattern INDEX_ROW = Pattern.compile("<tr><td><a href=\"#incident-\\d+\">(.*?)</a></td><td>"
            + "(.*?)</td><td>(.*?)</td><td>(\\d+)</td></tr>");
    private static final Pattern NEAREST = Pattern.compile("^<span class=\"status (\\w+)\">(\\w+)</span> (.+?) by"
            + " (.+?) <span class=\"muted\">\\((.+)\\)</span>$");

    /**
     * The index's entry for a determination, worked out here rather than by the register: the duty (federal or
     * state) that comes first when duties are ranked to settle, overdue, due within 7 days, due later, sent, then by
     * deadline (none last), a federal one before a state one; "none" when there is no duty.
     */
    private static String firstToActOn(Determination d) {
        record Duty(int rank, LocalDate deadline, int federalFirst, String order, String text) {
        }
        List<Duty> duties = new ArrayList<>();
        String[] titles = {"To settle (facts missing)", "Overdue", "Due within 7 days", "Due later", "Sent"};
        for (Notification n : d.notifications()) {
            int rank = rank(n.status(), n.daysRemaining());
            duties.add(new Duty(rank, n.deadline(), 0, String.format("%02d", n.recipient().ordinal()) + " "
                    + (n.jurisdiction() == null ? "" : n.jurisdiction().name()), n.status() + " " + who(n) + " by "
                    + (n.deadline() == null ? "a date not yet known" : n.deadline()) + " (" + titles[rank]
                    + (rank == 0 && n.deadline() != null && n.deadline().isBefore(d.evaluatedOn())
                            ? "; possibly overdue" : "") + ")"));
        }
        for (StateObligation s : d.stateObligations()) {
            Long days = s.deadline() == null || s.status() == NotificationStatus.UNDETERMINED ? null
                    : ChronoUnit.DAYS.between(d.evaluatedOn(), s.deadline());
            int rank = rank(s.status(), days);
            duties.add(new Duty(rank, s.deadline(), 1, s.jurisdiction().name() + " " + s.recipient().ordinal(),
                    s.status() + " STATE " + s.recipient() + " " + s.jurisdiction().name() + " by "
                    + (s.deadline() == null ? "a date not yet known" : s.deadline()) + " (" + titles[rank]
                    + (rank == 0 && s.deadline() != null && s.deadline().isBefore(d.evaluatedOn())
                            ? "; possibly overdue" : "") + ")"));
        }
        return duties.stream().min(java.util.Comparator.comparingInt(Duty::rank)
                .thenComparing(Duty::deadline, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparingInt(Duty::federalFirst).thenComparing(Duty::order))
                .map(Duty::text).orElse("none");
    }

    private static int rank(NotificationStatus status, Long days) {
        return switch (status) {
            case UNDETERMINED -> 0;
            case OVERDUE -> 1;
            case DUE -> days != null && days <= 7 ? 2 : 3;
            case SENT, SENT_LATE -> 4;
        };
    }

    private static void htmlReports(List<Case> cases, Findings findings) {
        List<Shown> expected = new ArrayList<>();
        List<Shown> shown = new ArrayList<>();
        for (Case c : cases) {
            LocalDate band = null;
            for (Notification n : c.d().notifications()) {
                String jurisdiction = n.jurisdiction() == null ? "-" : n.jurisdiction().name();
                expected.add(new Shown(c.id(), n.recipient().name() + " | " + jurisdiction, Map.of(
                        "status", n.status().name(),
                        "statusClass", n.status().name(),
                        "deadline", n.deadline() == null ? "not known" : n.deadline().toString(),
                        "delayedUntil", n.delayedUntil() == null ? "-" : n.delayedUntil().toString(),
                        "daysRemaining", n.daysRemaining() == null ? "-" : n.daysRemaining().toString(),
                        "sentOn", n.sentOn() == null ? "-" : n.sentOn().toString(),
                        "citation", n.citation())));
                if (isHeld(n.delayedUntil(), n.status())) {
                    expected.add(new Shown(c.id(), "hold: " + who(n), Map.of("until", n.delayedUntil().toString())));
                }
                if (sending(n) != null) {
                    expected.add(new Shown(c.id(), "sending: " + who(n), sending(n)));
                }
                expected.add(new Shown(c.id(), "timeline: " + who(n), Map.of("status", n.status().name(),
                        "label", who(n) + ": " + n.status().name() + (n.deadline() == null ? " (no deadline yet)"
                                : " by " + n.deadline()))));
                if (band == null && n.delayedUntil() != null) {
                    band = n.delayedUntil();
                }
            }
            expected.add(new Shown(c.id(), "index", Map.of("first to act on", firstToActOn(c.d()), "obligations",
                    String.valueOf(c.d().notifications().size() + c.d().stateObligations().size()))));
            if (band != null) {
                // A notice delayed at law enforcement's request is drawn on the timeline, whichever form the
                // incident gave the statements in.
                expected.add(new Shown(c.id(), "timeline: law-enforcement delay", Map.of("until", band.toString())));
            }
            for (StateObligation s : c.d().stateObligations()) {
                expected.add(new Shown(c.id(), "state: " + s.jurisdiction().name() + " | " + s.recipientName(),
                        Map.of("status", s.status().name(), "statusClass", s.status().name(), "deadline",
                                s.deadline() == null ? "(timing only)" : s.deadline().toString())));
            }
            String html;
            try {
                html = HtmlReport.render(List.of(new HtmlReport.Entry("consistency.json", c.incident(), c.d())),
                        AS_OF, "test");
            } catch (RuntimeException e) {
                findings.problem("HTML report", c.id(), "cannot be rendered: " + e);
                continue;
            }
            findings.rendered("HTML report", 1);
            shown.addAll(htmlReport(c.id(), html));
        }
        findings.compare("HTML report", expected, shown);
    }

    private static List<Shown> htmlReport(String id, String html) {
        List<Shown> shown = new ArrayList<>();
        Matcher row = OBLIGATION_ROW.matcher(html);
        while (row.find()) {
            List<String> c = tds(row.group(1));
            Matcher status = STATUS_SPAN.matcher(c.get(2));
            boolean found = status.find();
            shown.add(new Shown(id, unescape(c.get(0)) + " | " + unescape(c.get(1)), Map.of(
                    "status", found ? unescape(status.group(2)) : "(none) " + c.get(2),
                    "statusClass", found ? status.group(1) : "(none)",
                    "deadline", unescape(c.get(3)),
                    "delayedUntil", unescape(c.get(4)),
                    "daysRemaining", unescape(c.get(5)),
                    "sentOn", unescape(c.get(6)),
                    "citation", unescape(c.get(7)))));
        }
        Matcher hold = HOLD_P.matcher(html);
        while (hold.find()) {
            shown.add(new Shown(id, "hold: " + unescape(hold.group(1)), Map.of("until", hold.group(2))));
        }
        Matcher sending = Pattern.compile("<p class=\"sending\">(.*?)</p>").matcher(html);
        while (sending.find()) {
            Matcher m = SENDING.matcher(unescape(sending.group(1)));
            shown.add(m.matches() ? new Shown(id, "sending: " + m.group(1), sendingShown(m))
                    : new Shown(id, "sending: (unreadable)", Map.of("text", sending.group(1))));
        }
        Matcher timeline = TIMELINE.matcher(html);
        while (timeline.find()) {
            shown.add(new Shown(id, "timeline: " + unescape(timeline.group(1)), Map.of("status",
                    unescape(timeline.group(2)), "label", unescape(timeline.group(3)))));
        }
        Matcher band = BAND.matcher(html);
        while (band.find()) {
            shown.add(new Shown(id, "timeline: law-enforcement delay", Map.of("until", unescape(band.group(1)))));
        }
        Matcher index = INDEX_ROW.matcher(html);
        while (index.find()) {
            Matcher nearest = NEAREST.matcher(index.group(3));
            String said = nearest.matches() ? (nearest.group(1).equals(nearest.group(2)) ? nearest.group(2)
                    : nearest.group(1) + "/" + nearest.group(2)) + " " + unescape(nearest.group(3)) + " by "
                    + unescape(nearest.group(4)) + " (" + unescape(nearest.group(5)) + ")" : unescape(index.group(3));
            shown.add(new Shown(unescape(index.group(1)), "index", Map.of("first to act on", said,
                    "obligations", index.group(4))));
        }
        Matcher state = STATE_ROW.matcher(html);
        while (state.find()) {
            List<String> c = tds(state.group(1));
            Matcher status = STATUS_SPAN.matcher(c.get(3));
            boolean found = status.find();
            Matcher deadline = ISO_START.matcher(unescape(c.get(2)));
            shown.add(new Shown(id, "state: " + unescape(c.get(0)) + " | " + unescape(c.get(1)), Map.of(
                    "status", found ? unescape(status.group(2)) : "(none) " + c.get(3),
                    "statusClass", found ? status.group(1) : "(none)",
                    "deadline", deadline.matches() ? deadline.group(1) : "(timing only)")));
        }
        return shown;
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A notice is held while law enforcement's delay runs past the evaluation date and it has not gone out. */
    private static boolean isHeld(LocalDate delayedUntil, NotificationStatus status) {
        return delayedUntil != null && delayedUntil.isAfter(AS_OF) && status != NotificationStatus.SENT
                && status != NotificationStatus.SENT_LATE;
    }

    private static String holdSentence(String date) {
        return "Do not send before " + date + ": law enforcement asked for a delay (45 CFR 164.412)";
    }

    private static String who(Notification n) {
        return n.recipient().name() + (n.jurisdiction() == null ? "" : " " + n.jurisdiction().name());
    }

    private static String iso(LocalDate date) {
        return date == null ? "null" : date.toString();
    }

    private static String plain(LocalDate date) {
        return date == null ? "(no date)" : PLAIN.format(date);
    }

    private static String text(JsonNode node) {
        return node == null ? "(absent)" : node.isNull() ? "null" : node.asText();
    }

    /** The columns of a text table, from its dashed line: each column's first and last-plus-one position. */
    private static int[][] columns(String dashes) {
        List<int[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("-+").matcher(dashes);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out.toArray(int[][]::new);
    }

    private static String[] cells(String line, int[][] columns) {
        String[] cells = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            int from = Math.min(columns[i][0], line.length());
            int to = i == columns.length - 1 ? line.length() : Math.min(columns[i][1], line.length());
            cells[i] = line.substring(from, to).strip();
        }
        return cells;
    }

    private static List<String> tds(String row) {
        List<String> cells = new ArrayList<>();
        Matcher td = TD.matcher(row);
        while (td.find()) {
            cells.add(td.group(1));
        }
        while (cells.size() < 10) {
            cells.add("(no cell)");
        }
        return cells;
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9A-Fa-f]+|amp|lt|gt|quot|apos);");

    /** HTML text as it reads: the template escapes every value. */
    private static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The inconsistencies found, by document, and how much was compared. */
    private static final class Findings {
        final Map<String, List<String>> problems = new TreeMap<>();
        final Map<String, long[]> documents = new TreeMap<>();
        final Map<String, long[]> items = new TreeMap<>();

        void rendered(String document, long count) {
            documents.computeIfAbsent(document, d -> new long[1])[0] += count;
        }

        void problem(String document, String incidentId, String what) {
            problems.computeIfAbsent(document, d -> new ArrayList<>()).add("[" + document + "] "
                    + (incidentId.startsWith("*") ? "across incidents" + incidentId.substring(1)
                            : "incident " + incidentId) + ": " + what);
        }

        void check(String document, String incidentId, String what, String shown, String expected) {
            items.computeIfAbsent(document, d -> new long[1])[0]++;
            if (!Objects.equals(shown, expected)) {
                problem(document, incidentId, what + " shows \"" + shown + "\", the determinations say \"" + expected
                        + "\"");
            }
        }

        long compared() {
            return items.values().stream().mapToLong(n -> n[0]).sum();
        }

        /**
         * Each incident's obligations as the document shows them against what the determination says, as multisets
         * by key (a register has two rows "STATE ATTORNEY_GENERAL NY" when the state has two such duties).
         */
        void compare(String document, List<Shown> expected, List<Shown> shown) {
            items.computeIfAbsent(document, d -> new long[1])[0] += expected.size();
            Map<String, List<Map<String, String>>> want = byKey(expected);
            Map<String, List<Map<String, String>>> got = byKey(shown);
            Set<String> keys = new TreeSet<>(want.keySet());
            keys.addAll(got.keySet());
            for (String k : keys) {
                List<Map<String, String>> w = new ArrayList<>(want.getOrDefault(k, List.of()));
                List<Map<String, String>> g = new ArrayList<>(got.getOrDefault(k, List.of()));
                for (var it = w.iterator(); it.hasNext();) {
                    if (g.remove(it.next())) {
                        it.remove();
                    }
                }
                String id = k.substring(0, k.indexOf('\u0000'));
                String key = k.substring(k.indexOf('\u0000') + 1);
                if (w.size() == 1 && g.size() == 1) {
                    Set<String> fields = new TreeSet<>(w.get(0).keySet());
                    fields.addAll(g.get(0).keySet());
                    for (String f : fields) {
                        String says = w.get(0).get(f);
                        String shows = g.get(0).get(f);
                        if (!Objects.equals(says, shows)) {
                            problem(document, id, key + ": " + f + " shows \"" + shows + "\", the determination says \""
                                    + says + "\"");
                        }
                    }
                    continue;
                }
                for (Map<String, String> missing : w) {
                    problem(document, id, key + ": not shown; the determination has " + new TreeMap<>(missing));
                }
                for (Map<String, String> extra : g) {
                    problem(document, id, key + ": shows " + new TreeMap<>(extra) + ", which the determination "
                            + "does not have" + (w.isEmpty() ? "" : " (it has the entries above)"));
                }
            }
        }

        private static Map<String, List<Map<String, String>>> byKey(List<Shown> shown) {
            Map<String, List<Map<String, String>>> out = new HashMap<>();
            for (Shown s : shown) {
                out.computeIfAbsent(s.incidentId() + '\u0000' + s.key(), k -> new ArrayList<>()).add(s.values());
            }
            return out;
        }

        String summary() {
            StringBuilder out = new StringBuilder("DocumentConsistencyTest: documents rendered, and entries compared"
                    + " (obligations, notes and document-wide counts):\n");
            Set<String> names = new TreeSet<>(documents.keySet());
            names.addAll(items.keySet());
            for (String name : names) {
                long rendered = documents.getOrDefault(name, new long[1])[0];
                long compared = items.getOrDefault(name, new long[1])[0];
                out.append(String.format(Locale.ROOT, "  %-34s %7s %8d compared, %d inconsistent%n", name,
                        rendered == 0 ? "" : rendered + " doc", compared, problems.getOrDefault(name, List.of())
                                .size()));
            }
            return out.toString();
        }

        String report(long seed, int count) {
            StringBuilder out = new StringBuilder();
            int total = problems.values().stream().mapToInt(List::size).sum();
            out.append(total).append(" inconsistencies between the documents and the determinations (seed ")
                    .append(seed).append(", ").append(count).append(" generated incidents; every line is on standard"
                    + " output):\n");
            problems.forEach((document, lines) -> {
                out.append(document).append(": ").append(lines.size()).append('\n');
                lines.stream().limit(SHOWN_PER_DOCUMENT).forEach(l -> out.append("  ").append(l).append('\n'));
                if (lines.size() > SHOWN_PER_DOCUMENT) {
                    out.append("  ... and ").append(lines.size() - SHOWN_PER_DOCUMENT).append(" more\n");
                }
            });
            return out.toString();
        }
    }
}
