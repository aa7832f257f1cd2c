package org.breachrules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.breachrules.api.ContentCode;
import org.breachrules.api.Determination;
import org.breachrules.api.Finding;
import org.breachrules.api.Impact;
import org.breachrules.api.MissingFact;
import org.breachrules.api.Notification;
import org.breachrules.api.Recipient;
import org.breachrules.api.ResponseAction;
import org.breachrules.api.RiskAssessmentOutcome;
import org.breachrules.api.SubstituteNotice;
import org.breachrules.api.StateObligation;
import org.breachrules.api.WhatIf;

/**
 * Writes a {@link Determination} as the interchange format's {@code determination} object, fields in the contract's
 * order: {@code incidentId, breach, basis, clockStartedOn, riskAssessment, notifications, findings, actions,
 * missingFacts, retainDocumentationUntil, evaluatedOn, rulesVersion}, then {@code whatIf} only when what-ifs were
 * asked for ({@link Determination#whatIf()} not null). A notification carries {@code jurisdiction}
 * when it has a value (and as null on a {@code MEDIA} entry whose state is unknown), {@code delayedUntil} only when
 * it has a value, {@code substituteNotice} and {@code urgentTelephone} only for {@code INDIVIDUALS}, and always
 * {@code status}, {@code daysRemaining}, {@code sentOn} (null when not sent) and {@code dependsOn}. Dates are
 * {@code YYYY-MM-DD}.
 *
 * <p>{@link #compact()} writes one line (for NDJSON: one determination per line, the caller adds the line end);
 * {@link #pretty()} indents by two spaces with {@code \n} line ends on every platform. The streaming generator is
 * used directly (no reflection). Immutable and thread-safe. Streams and writers passed in are flushed, never closed.
 */
public final class DeterminationWriter {

    private static final DeterminationWriter PRETTY = new DeterminationWriter(true);
    private static final DeterminationWriter COMPACT = new DeterminationWriter(false);

    private final boolean pretty;

    /** @param pretty indented output when true, one line when false */
    public DeterminationWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** An indenting writer. */
    public static DeterminationWriter pretty() {
        return PRETTY;
    }

    /** A one-line writer. */
    public static DeterminationWriter compact() {
        return COMPACT;
    }

    /** Whether this writer indents. */
    public boolean isPretty() {
        return pretty;
    }

    /** One determination as a JSON object. */
    public String write(Determination determination) {
        Objects.requireNonNull(determination, "determination");
        StringWriter out = new StringWriter();
        write(determination, out);
        return out.toString();
    }

    /** Determinations as a JSON array, in order. */
    public String write(List<Determination> determinations) {
        Objects.requireNonNull(determinations, "determinations");
        StringWriter out = new StringWriter();
        write(determinations, out);
        return out.toString();
    }

    /** Writes one determination to {@code out}; flushes, does not close. */
    public void write(Determination determination, Writer out) {
        Objects.requireNonNull(determination, "determination");
        emit(Json.generator(out, pretty), g -> determination(g, determination));
    }

    /** Writes one determination to {@code out} in UTF-8; flushes, does not close. */
    public void write(Determination determination, OutputStream out) {
        Objects.requireNonNull(determination, "determination");
        emit(Json.generator(out, pretty), g -> determination(g, determination));
    }

    /** Writes determinations as a JSON array to {@code out}; flushes, does not close. */
    public void write(List<Determination> determinations, Writer out) {
        Objects.requireNonNull(determinations, "determinations");
        emit(Json.generator(out, pretty), g -> array(g, determinations));
    }

    /** Writes determinations as a JSON array to {@code out} in UTF-8; flushes, does not close. */
    public void write(List<Determination> determinations, OutputStream out) {
        Objects.requireNonNull(determinations, "determinations");
        emit(Json.generator(out, pretty), g -> array(g, determinations));
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static void emit(JsonGenerator g, Body body) {
        try (g) {
            body.write(g);
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void array(JsonGenerator g, List<Determination> determinations) throws IOException {
        g.writeStartArray();
        for (Determination d : determinations) {
            determination(g, Objects.requireNonNull(d, "determination"));
        }
        g.writeEndArray();
    }

    static void determination(JsonGenerator g, Determination d) throws IOException {
        g.writeStartObject();
        g.writeStringField("incidentId", d.incidentId());
        g.writeBooleanField("breach", d.breach());
        Json.writeEnum(g, "basis", d.basis());
        Json.writeDate(g, "clockStartedOn", d.clockStartedOn());
        riskAssessment(g, d.riskAssessment());
        g.writeArrayFieldStart("notifications");
        for (Notification n : d.notifications()) {
            notification(g, n);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : d.findings()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("citation", f.citation());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actions");
        for (ResponseAction a : d.actions()) {
            g.writeStartObject();
            Json.writeEnum(g, "phase", a.phase());
            g.writeStringField("action", a.action());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missingFacts");
        for (MissingFact m : d.missingFacts()) {
            g.writeStartObject();
            g.writeStringField("field", m.field());
            g.writeStringField("message", m.message());
            g.writeArrayFieldStart("couldChange");
            for (Impact i : m.couldChange()) {
                g.writeString(i.name());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        Json.writeDate(g, "retainDocumentationUntil", d.retainDocumentationUntil());
        Json.writeDate(g, "evaluatedOn", d.evaluatedOn());
        g.writeStringField("rulesVersion", d.rulesVersion());
        stateObligations(g, d.stateObligations());
        if (d.stateLawsAsOf() != null) {
            Json.writeDate(g, "stateLawsAsOf", d.stateLawsAsOf());
        } else {
            g.writeNullField("stateLawsAsOf");
        }
        if (d.whatIf() != null) {
            whatIf(g, d.whatIf());
        }
        g.writeEndObject();
    }

    private static void stateObligations(JsonGenerator g, List<StateObligation> entries) throws IOException {
        g.writeArrayFieldStart("stateObligations");
        for (StateObligation o : entries) {
            g.writeStartObject();
            g.writeStringField("jurisdiction", o.jurisdiction().name());
            Json.writeEnum(g, "recipient", o.recipient());
            g.writeStringField("recipientName", o.recipientName());
            if (o.deadline() != null) {
                Json.writeDate(g, "deadline", o.deadline());
            } else {
                g.writeNullField("deadline");
            }
            if (o.timing() != null) {
                g.writeStringField("timing", o.timing());
            } else {
                g.writeNullField("timing");
            }
            Json.writeEnum(g, "status", o.status());
            g.writeObjectFieldStart("threshold");
            g.writeNumberField("residents", o.threshold().residents());
            Json.writeEnum(g, "comparison", o.threshold().comparison());
            g.writeEndObject();
            g.writeStringField("citation", o.citation());
            g.writeStringField("source", o.source());
            Json.writeEnum(g, "confidence", o.confidence());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void whatIf(JsonGenerator g, List<WhatIf> whatIfs) throws IOException {
        g.writeArrayFieldStart("whatIf");
        for (WhatIf w : whatIfs) {
            g.writeStartObject();
            g.writeStringField("field", w.field());
            g.writeStringField("change", w.change());
            g.writeBooleanField("breach", w.breach());
            Json.writeEnum(g, "basis", w.basis());
            g.writeArrayFieldStart("notificationsAdded");
            for (String n : w.notificationsAdded()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notificationsRemoved");
            for (String n : w.notificationsRemoved()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeBooleanField("deadlinesMoved", w.deadlinesMoved());
            g.writeStringField("message", w.message());
            if (w.kind() != null) {
                Json.writeEnum(g, "kind", w.kind());
            } else {
                g.writeNullField("kind");
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void riskAssessment(JsonGenerator g, RiskAssessmentOutcome r) throws IOException {
        if (r == null) {
            g.writeNullField("riskAssessment");
            return;
        }
        g.writeObjectFieldStart("riskAssessment");
        Json.writeEnum(g, "natureAndExtent", r.natureAndExtent());
        Json.writeEnum(g, "unauthorizedRecipient", r.unauthorizedRecipient());
        Json.writeEnum(g, "acquiredOrViewed", r.acquiredOrViewed());
        Json.writeEnum(g, "mitigation", r.mitigation());
        g.writeBooleanField("lowProbabilityOfCompromise", r.lowProbabilityOfCompromise());
        g.writeEndObject();
    }

    private static void notification(JsonGenerator g, Notification n) throws IOException {
        g.writeStartObject();
        Json.writeEnum(g, "recipient", n.recipient());
        if (n.jurisdiction() != null) {
            g.writeStringField("jurisdiction", n.jurisdiction().name());
        } else if (n.recipient() == Recipient.MEDIA) {
            g.writeNullField("jurisdiction");
        }
        if (n.deadline() != null) {
            Json.writeDate(g, "deadline", n.deadline());
        } else {
            g.writeNullField("deadline");
        }
        if (n.delayedUntil() != null) {
            Json.writeDate(g, "delayedUntil", n.delayedUntil());
        }
        g.writeStringField("citation", n.citation());
        if (n.recipient() == Recipient.INDIVIDUALS) {
            substituteNotice(g, n.substituteNotice());
            g.writeBooleanField("urgentTelephone", n.urgentTelephone());
        }
        g.writeArrayFieldStart("content");
        for (ContentCode c : n.content()) {
            g.writeString(c == null ? null : c.name());
        }
        g.writeEndArray();
        Json.writeEnum(g, "status", n.status());
        if (n.daysRemaining() != null) {
            g.writeNumberField("daysRemaining", n.daysRemaining());
        } else {
            g.writeNullField("daysRemaining");
        }
        if (n.sentOn() != null) {
            Json.writeDate(g, "sentOn", n.sentOn());
        } else {
            g.writeNullField("sentOn");
        }
        g.writeArrayFieldStart("dependsOn");
        for (String field : n.dependsOn()) {
            g.writeString(field);
        }
        g.writeEndArray();
        if (n.notifiedSoFar() != null) {
            g.writeNumberField("notifiedSoFar", n.notifiedSoFar());
        } else {
            g.writeNullField("notifiedSoFar");
        }
        if (n.performedBy() != null) {
            Json.writeEnum(g, "performedBy", n.performedBy());
        } else {
            g.writeNullField("performedBy");
        }
        g.writeEndObject();
    }

    private static void substituteNotice(JsonGenerator g, SubstituteNotice s) throws IOException {
        if (s == null) {
            g.writeNullField("substituteNotice");
            return;
        }
        g.writeObjectFieldStart("substituteNotice");
        Json.writeEnum(g, "form", s.form());
        g.writeNumberField("individuals", s.individuals());
        Json.writeInteger(g, "postingDays", s.postingDays());
        Json.writeInteger(g, "tollFreeNumberDays", s.tollFreeNumberDays());
        g.writeEndObject();
    }
}
