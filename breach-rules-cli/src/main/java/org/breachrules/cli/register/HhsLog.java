package org.breachrules.cli.register;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.breachrules.api.Determination;
import org.breachrules.api.Incident;
import org.breachrules.api.Notification;
import org.breachrules.api.NotificationStatus;
import org.breachrules.api.Recipient;

/**
 * The log of breaches affecting fewer than 500 individuals discovered in one year, for the annual report to HHS
 * (45 CFR 164.408(c): within 60 days after the end of that year, so by 1 March, or 29 February in a leap year).
 * Which breaches belong is the rules' decision: those whose HHS obligation is the annual one (164.408(c)), counted by
 * the year the clock started. One row per breach with the HHS portal's fields filled from the incident; a field the
 * incident does not give is left blank and named in {@code missing_portal_fields}, never invented. A breach whose HHS
 * notice the determination records as sent is left out and counted in the summary; the due dates are the
 * determination's, each with its count.
 */
public final class HhsLog {
    static final String ANNUAL_CITATION = "164.408(c)";

    /** The CSV columns, as the HHS breach portal's form asks for them. */
    static final String[] COLUMNS = {"incident_id", "report_type", "breach_affecting", "entity_name", "entity_type",
        "entity_address", "entity_contact", "entity_role", "business_associate_involved", "breach_start_date",
        "breach_end_date", "discovery_date", "approximate_individuals_affected", "count_is_estimate", "type_of_breach",
        "location_of_breached_information", "type_of_phi", "description", "safeguards_in_place", "actions_taken",
        "individual_notice_sent_on", "hhs_due_date", "missing_portal_fields"};

    private final int year;
    private final List<String[]> rows = new ArrayList<>();
    /** How many rows are due on each date; a row without a due date (undetermined) under null. */
    private final java.util.Map<LocalDate, Integer> dueDates = new java.util.TreeMap<>(
            java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
    private int flagged;
    private int alreadyReported;

    public HhsLog(int year) {
        this.year = year;
    }

    /** Adds the breach when it belongs to this year's log. */
    public void add(Incident incident, Determination d) {
        Notification hhs = d.notifications().stream()
                .filter(n -> n.recipient() == Recipient.HHS && n.citation().contains(ANNUAL_CITATION))
                .findFirst().orElse(null);
        if (!d.breach() || hhs == null || d.clockStartedOn() == null || d.clockStartedOn().getYear() != year) {
            return;
        }
        if (hhs.status() == NotificationStatus.SENT || hhs.status() == NotificationStatus.SENT_LATE) {
            alreadyReported++;
            return;
        }
        dueDates.merge(hhs.deadline(), 1, Integer::sum);
        List<String> missing = new ArrayList<>();
        String[] row = {
            d.incidentId(), "Initial", "Fewer than 500 individuals",
            given(incident.reporter().name(), "entity_name", missing),
            given(PortalFields.entityType(incident), "entity_type", missing),
            given(PortalFields.address(incident), "entity_address", missing),
            given(PortalFields.contact(incident), "entity_contact", missing),
            PortalLabels.of(incident.reporter().role()),
            incident.businessAssociate() != null ? "Yes" : "No",
            given(incident.occurredOn(), "breach_start_date", missing),
            given(incident.occurredUntil(), "breach_end_date", missing),
            d.clockStartedOn().toString(),
            String.valueOf(incident.affected().total()),
            incident.affected().totalIsEstimate() ? "yes" : "no",
            given(PortalFields.breachType(incident), "type_of_breach", missing),
            given(PortalFields.locations(incident, "; "), "location_of_breached_information", missing),
            given(PortalFields.phiCategories(incident) == null ? null
                    : String.join("; ", PortalFields.phiCategories(incident)), "type_of_phi", missing),
            given(incident.description() == null || incident.description().isBlank() ? null
                    : incident.description().replaceAll("\\p{Cntrl}", " "), "description", missing),
            given(PortalFields.safeguardsInPlace(incident, "; "), "safeguards_in_place", missing),
            given(PortalFields.actions(incident, "; "), "actions_taken", missing),
            given(d.notifications().stream()
                    .filter(n -> n.recipient() == Recipient.INDIVIDUALS && n.sentOn() != null)
                    .map(n -> n.sentOn().toString()).findFirst().orElse(null), "individual_notice_sent_on", missing),
            hhs.deadline() == null ? "" : hhs.deadline().toString(),
            ""};
        row[row.length - 1] = String.join("; ", missing);
        if (!missing.isEmpty()) {
            flagged++;
        }
        rows.add(row);
    }

    private static String given(Object value, String column, List<String> missing) {
        if (value == null) {
            missing.add(column);
            return "";
        }
        return value.toString();
    }

    /** The log as CSV (RFC 4180, a header row first; no cell a spreadsheet would run as a formula). */
    public String csv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (String[] row : rows) {
                csv.printRecord(java.util.Arrays.stream(row).map(CsvCells::neutral).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text summary: how many, when due (each due date with its count), which rows lack a portal field. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append("HHS ANNUAL LOG: breaches affecting fewer than 500 individuals discovered in ").append(year)
                .append('\n');
        out.append(rows.size()).append(rows.size() == 1 ? " breach" : " breaches").append(" to report to HHS")
                .append(dueDates.size() == 1 && !dueDates.containsKey(null) ? " by " + dueDates.keySet().iterator()
                        .next() : rows.isEmpty() ? " by " + LocalDate.of(year, 12, 31).plusDays(60) : ": " + dues())
                .append(" (45 CFR 164.408(c))\n");
        if (alreadyReported > 0) {
            out.append(alreadyReported).append(alreadyReported == 1 ? " breach" : " breaches")
                    .append(" of ").append(year).append(" already reported to HHS, left out of the log.\n");
        }
        if (rows.isEmpty()) {
            out.append("Nothing to report for ").append(year).append(".\n");
        } else if (flagged > 0) {
            out.append(flagged).append(" row(s) lack a field the portal asks for (see missing_portal_fields): find"
                    + " it out before filing.\n");
        }
        return out.toString();
    }

    /** "10 by 2028-02-29, 1 by 2028-04-15, 1 with no due date yet (undetermined)". */
    private String dues() {
        List<String> parts = new ArrayList<>();
        dueDates.forEach((day, n) -> parts.add(n + (day == null ? " with no due date yet (undetermined: see the"
                + " register)" : " by " + day)));
        return String.join(", ", parts);
    }

    public int size() {
        return rows.size();
    }
}
