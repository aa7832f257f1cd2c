package org.breachrules.cli.register;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.breachrules.api.NotificationStatus;

/** How {@code register} prints: a text table per group for a privacy office, or JSON for machines. */
public final class RegisterReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RegisterReport() {
    }

    /** The text register: a summary, then each group's rows; ids are the host's, never incident content. */
    public static String text(Register register) {
        java.io.StringWriter out = new java.io.StringWriter();
        text(register, new java.io.PrintWriter(out));
        return out.toString();
    }

    /** As {@link #text(Register)}, written as it goes: a large register is never held as one string. */
    public static void text(Register register, java.io.PrintWriter out) {
        List<Register.Row> rows = register.rows();
        out.print("REGISTER OF NOTIFICATION DEADLINES as of " + register.asOf() + "\n");
        List<String> counts = new ArrayList<>();
        register.countsByStatus().forEach((status, n) -> counts.add(n + " " + status));
        out.print(register.incidents() + " incident(s), " + register.breaches() + " breach(es), " + rows.size()
                + " obligation(s): " + String.join(", ", counts) + "\n");
        String[] header = {"Incident", "Recipient", "Jurisdiction", "Status", "Deadline", "Days remaining",
            "Sent on", "Settled by", "Note"};
        for (Register.Group group : Register.Group.values()) {
            List<Register.Row> in = rows.stream().filter(r -> r.group() == group).toList();
            out.print("\n" + group.title().toUpperCase(Locale.ROOT) + " (" + in.size() + ")\n");
            if (in.isEmpty()) {
                out.print("  none\n");
                continue;
            }
            int[] widths = new int[header.length];
            for (int i = 0; i < header.length; i++) {
                widths[i] = header[i].length();
            }
            for (Register.Row r : in) {
                String[] cells = cells(r, register.asOf());
                for (int i = 0; i < cells.length; i++) {
                    widths[i] = Math.max(widths[i], cells[i].length());
                }
            }
            line(out, header, widths);
            String[] rule = new String[widths.length];
            for (int i = 0; i < widths.length; i++) {
                rule[i] = "-".repeat(widths[i]);
            }
            line(out, rule, widths);
            for (Register.Row r : in) {
                line(out, cells(r, register.asOf()), widths);
            }
        }
        out.flush();
    }

    private static final com.github.mustachejava.Mustache HTML = new com.github.mustachejava.DefaultMustacheFactory(
            "org/breachrules/cli/report").compile("register.html.mustache");

    /** The register as one self-contained HTML page (every value escaped), written as it goes. */
    public static void html(Register register, java.io.Writer out) {
        List<Register.Row> rows = register.rows();
        java.util.Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("asOf", register.asOf().toString());
        model.put("incidents", register.incidents());
        model.put("breaches", register.breaches());
        model.put("obligations", rows.size());
        List<String> counts = new ArrayList<>();
        register.countsByStatus().forEach((status, n) -> counts.add(n + " " + status));
        model.put("counts", String.join(", ", counts));
        List<java.util.Map<String, Object>> groups = new ArrayList<>();
        for (Register.Group group : Register.Group.values()) {
            List<Register.Row> in = rows.stream().filter(r -> r.group() == group).toList();
            // The rows are mapped lazily, one at a time, so a large register is never doubled in memory.
            Iterable<java.util.Map<String, Object>> cells = () -> in.stream().map(r -> {
                String[] c = cells(r, register.asOf());
                java.util.Map<String, Object> row = new java.util.HashMap<>();
                row.put("incident", c[0]);
                row.put("recipient", c[1]);
                row.put("jurisdiction", c[2]);
                row.put("status", r.status().name());
                row.put("statusText", c[3]);
                row.put("deadline", c[4]);
                row.put("days", c[5]);
                row.put("sentOn", c[6]);
                row.put("dependsOn", c[7]);
                row.put("note", c[8]);
                row.put("held", r.heldOn(register.asOf()));
                return row;
            }).iterator();
            groups.add(java.util.Map.of("title", group.title(), "size", in.size(), "hasRows", !in.isEmpty(),
                    "rows", cells));
        }
        model.put("groups", groups);
        HTML.execute(out, model);
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(Register.Row r, java.time.LocalDate asOf) {
        return new String[] {oneLine(r.incidentId()), r.who(),
            r.jurisdiction() == null ? "-" : r.jurisdiction().name(),
            statusText(r, asOf),
            r.deadline() == null ? "not known" : r.deadline().toString(),
            r.daysRemaining() == null ? "-" : r.daysRemaining().toString(),
            r.sentOn() == null ? "-" : r.sentOn().toString(),
            r.dependsOn().isEmpty() ? "-" : String.join(", ", r.dependsOn()),
            note(r, asOf)};
    }

    /** The status as the register says it: a late sending and a duty past its settling day are named. */
    private static String statusText(Register.Row r, java.time.LocalDate asOf) {
        if (r.status() == NotificationStatus.SENT_LATE) {
            return "SENT_LATE (late)";
        }
        return r.possiblyOverdue(asOf) ? "UNDETERMINED (possibly overdue)" : r.status().name();
    }

    /** The hold on the row, in the words every document uses; "-" when there is none. */
    private static String note(Register.Row r, java.time.LocalDate asOf) {
        return r.heldOn(asOf) ? Hold.sentence(r.delayedUntil().toString()) : "-";
    }

    /** The JSON register: {@code asOf}, {@code incidents}, {@code breaches}, {@code counts}, {@code rows}. */
    public static String json(Register register) {
        java.io.StringWriter out = new java.io.StringWriter();
        json(register, out);
        return out.toString();
    }

    /** As {@link #json(Register)}, streamed to {@code out}: a large register is never held as one document. */
    public static void json(Register register, java.io.Writer out) {
        try {
            com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out)
                    .useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("asOf", register.asOf().toString());
            g.writeNumberField("incidents", register.incidents());
            g.writeNumberField("breaches", register.breaches());
            g.writeObjectFieldStart("counts");
            for (java.util.Map.Entry<NotificationStatus, Integer> e : register.countsByStatus().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("rows");
            for (Register.Row r : register.rows()) {
                g.writeStartObject();
                g.writeStringField("group", r.group().name());
                g.writeStringField("incidentId", r.incidentId());
                g.writeStringField("recipient", r.who());
                g.writeStringField("jurisdiction", r.jurisdiction() == null ? null : r.jurisdiction().name());
                g.writeStringField("status", r.status().name());
                g.writeStringField("deadline", r.deadline() == null ? null : r.deadline().toString());
                if (r.daysRemaining() == null) {
                    g.writeNullField("daysRemaining");
                } else {
                    g.writeNumberField("daysRemaining", r.daysRemaining());
                }
                g.writeStringField("sentOn", r.sentOn() == null ? null : r.sentOn().toString());
                g.writeStringField("delayedUntil", r.delayedUntil() == null ? null : r.delayedUntil().toString());
                g.writeBooleanField("held", r.heldOn(register.asOf()));
                g.writeStringField("hold", r.heldOn(register.asOf())
                        ? Hold.sentence(r.delayedUntil().toString()) : null);
                g.writeArrayFieldStart("dependsOn");
                for (String field : r.dependsOn()) {
                    g.writeString(field);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write("\n");
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", " ");
    }

    private static void line(java.io.PrintWriter out, String[] cells, int[] widths) {
        out.print(org.breachrules.cli.TextReport.line(cells, widths));
    }
}
