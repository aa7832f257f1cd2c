package org.breachrules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.breachrules.api.Affected;
import org.breachrules.api.BusinessAssociateDiscovery;
import org.breachrules.api.ExceptionClaim;
import org.breachrules.api.Incident;
import org.breachrules.api.Jurisdiction;
import org.breachrules.api.LawEnforcementStatement;
import org.breachrules.api.NoticeSent;
import org.breachrules.api.LawEnforcementDelay;
import org.breachrules.api.Reporter;
import org.breachrules.api.RiskAssessment;
import org.breachrules.api.Safeguards;

/**
 * Writes an {@link Incident} as the interchange format's {@code incident} object, in the contract's field order, so
 * that {@link IncidentReader} reads it back equal. Absent values are left out: null fields, empty optional lists and
 * maps ({@code locations}, {@code affected.byJurisdiction}) and the optional flags when false ({@code electedToNotify},
 * {@code ransomware}, {@code affected.imminentMisuse}). The required lists of a risk assessment are written even when
 * empty. No validation is done: an invalid incident is written as it is (null list elements as JSON null), which
 * makes this handy for producing bad input in tests.
 *
 * <p>Immutable and thread-safe. Streams and writers passed in are flushed, never closed.
 */
public final class IncidentWriter {

    private static final IncidentWriter PRETTY = new IncidentWriter(true);
    private static final IncidentWriter COMPACT = new IncidentWriter(false);

    private final boolean pretty;

    /** @param pretty indented output when true, one line when false */
    public IncidentWriter(boolean pretty) {
        this.pretty = pretty;
    }

    /** An indenting writer. */
    public static IncidentWriter pretty() {
        return PRETTY;
    }

    /** A one-line writer. */
    public static IncidentWriter compact() {
        return COMPACT;
    }

    /** Whether this writer indents. */
    public boolean isPretty() {
        return pretty;
    }

    /** One incident as a JSON object. */
    public String write(Incident incident) {
        Objects.requireNonNull(incident, "incident");
        StringWriter out = new StringWriter();
        write(incident, out);
        return out.toString();
    }

    /** Incidents as a JSON array, in order. */
    public String write(List<Incident> incidents) {
        Objects.requireNonNull(incidents, "incidents");
        StringWriter out = new StringWriter();
        DeterminationWriter.emit(Json.generator(out, pretty), g -> array(g, incidents));
        return out.toString();
    }

    /** Writes one incident to {@code out}; flushes, does not close. */
    public void write(Incident incident, Writer out) {
        Objects.requireNonNull(incident, "incident");
        DeterminationWriter.emit(Json.generator(out, pretty), g -> incident(g, incident));
    }

    /** Writes one incident to {@code out} in UTF-8; flushes, does not close. */
    public void write(Incident incident, OutputStream out) {
        Objects.requireNonNull(incident, "incident");
        DeterminationWriter.emit(Json.generator(out, pretty), g -> incident(g, incident));
    }

    private static void array(JsonGenerator g, List<Incident> incidents) throws IOException {
        g.writeStartArray();
        for (Incident incident : incidents) {
            incident(g, Objects.requireNonNull(incident, "incident"));
        }
        g.writeEndArray();
    }

    static void incident(JsonGenerator g, Incident i) throws IOException {
        g.writeStartObject();
        string(g, "id", i.id());
        Reporter r = i.reporter();
        if (r != null) {
            g.writeObjectFieldStart("reporter");
            enumValue(g, "role", r.role());
            string(g, "name", r.name());
            integer(g, "contractualNotificationDays", r.contractualNotificationDays());
            integer(g, "contractualNotificationBusinessDays", r.contractualNotificationBusinessDays());
            enumValue(g, "notificationDelegatedTo", r.notificationDelegatedTo());
            enumValue(g, "entityType", r.entityType());
            if (r.address() != null) {
                g.writeObjectFieldStart("address");
                string(g, "street", r.address().street());
                string(g, "city", r.address().city());
                string(g, "state", r.address().state());
                string(g, "zip", r.address().zip());
                g.writeEndObject();
            }
            if (r.contact() != null) {
                g.writeObjectFieldStart("contact");
                string(g, "name", r.contact().name());
                string(g, "title", r.contact().title());
                string(g, "phone", r.contact().phone());
                string(g, "email", r.contact().email());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        date(g, "occurredOn", i.occurredOn());
        date(g, "occurredUntil", i.occurredUntil());
        date(g, "discoveredOn", i.discoveredOn());
        date(g, "wouldHaveBeenDiscoveredOn", i.wouldHaveBeenDiscoveredOn());
        BusinessAssociateDiscovery ba = i.businessAssociate();
        if (ba != null) {
            g.writeObjectFieldStart("businessAssociate");
            date(g, "discoveredOn", ba.discoveredOn());
            bool(g, "agentOfCoveredEntity", ba.agentOfCoveredEntity());
            g.writeEndObject();
        }
        bool(g, "phiInvolved", i.phiInvolved());
        bool(g, "permittedByPrivacyRule", i.permittedByPrivacyRule());
        flag(g, "electedToNotify", i.electedToNotify());
        ExceptionClaim e = i.exception();
        if (e != null) {
            g.writeObjectFieldStart("exception");
            enumValue(g, "type", e.type());
            bool(g, "goodFaith", e.goodFaith());
            bool(g, "withinScopeOfAuthority", e.withinScopeOfAuthority());
            bool(g, "recipientAuthorizedAtSameEntityOrOhca", e.recipientAuthorizedAtSameEntityOrOhca());
            bool(g, "furtherImpermissibleUseOrDisclosure", e.furtherImpermissibleUseOrDisclosure());
            g.writeEndObject();
        }
        Safeguards s = i.safeguards();
        if (s != null) {
            g.writeObjectFieldStart("safeguards");
            if (s.encryption() != null) {
                g.writeObjectFieldStart("encryption");
                enumValue(g, "standard", s.encryption().standard());
                bool(g, "keyCompromised", s.encryption().keyCompromised());
                bool(g, "decryptedWhenCompromised", s.encryption().decryptedWhenCompromised());
                enumValue(g, "dataState", s.encryption().dataState());
                g.writeEndObject();
            }
            if (s.destruction() != null) {
                g.writeObjectFieldStart("destruction");
                enumValue(g, "method", s.destruction().method());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        RiskAssessment ra = i.riskAssessment();
        if (ra != null) {
            g.writeObjectFieldStart("riskAssessment");
            enumList(g, "phiTypes", ra.phiTypes());
            enumValue(g, "recipient", ra.recipient());
            enumValue(g, "acquiredOrViewed", ra.acquiredOrViewed());
            enumList(g, "mitigations", ra.mitigations());
            bool(g, "deliberateMisuse", ra.deliberateMisuse());
            date(g, "completedOn", ra.completedOn());
            string(g, "forensicEvidence", ra.forensicEvidence());
            g.writeEndObject();
        }
        Affected a = i.affected();
        if (a != null) {
            g.writeObjectFieldStart("affected");
            integer(g, "total", a.total());
            if (!a.byJurisdiction().isEmpty()) {
                g.writeObjectFieldStart("byJurisdiction");
                for (Map.Entry<Jurisdiction, Integer> entry : a.byJurisdiction().entrySet()) {
                    Json.writeInteger(g, entry.getKey().name(), entry.getValue());
                }
                g.writeEndObject();
            }
            integer(g, "insufficientContactInfo", a.insufficientContactInfo());
            flag(g, "imminentMisuse", a.imminentMisuse());
            flag(g, "totalIsEstimate", a.totalIsEstimate());
            integer(g, "deceased", a.deceased());
            integer(g, "deceasedWithoutNextOfKinContact", a.deceasedWithoutNextOfKinContact());
            g.writeEndObject();
        }
        LawEnforcementDelay led = i.lawEnforcementDelay();
        if (led != null) {
            g.writeObjectFieldStart("lawEnforcementDelay");
            if (led.oral() != null) {
                g.writeObjectFieldStart("oral");
                date(g, "statedOn", led.oral().statedOn());
                string(g, "official", led.oral().official());
                g.writeEndObject();
            }
            if (led.written() != null) {
                g.writeObjectFieldStart("written");
                date(g, "statedOn", led.written().statedOn());
                date(g, "delayUntil", led.written().delayUntil());
                g.writeEndObject();
            }
            if (!led.statements().isEmpty()) {
                g.writeArrayFieldStart("statements");
                for (LawEnforcementStatement st : led.statements()) {
                    g.writeStartObject();
                    enumValue(g, "form", st.form());
                    date(g, "statedOn", st.statedOn());
                    string(g, "official", st.official());
                    date(g, "delayUntil", st.delayUntil());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        flag(g, "ransomware", i.ransomware());
        enumValue(g, "breachType", i.breachType());
        if (!i.locations().isEmpty()) {
            enumList(g, "locations", i.locations());
        }
        if (!i.noticesSent().isEmpty()) {
            g.writeArrayFieldStart("noticesSent");
            for (NoticeSent n : i.noticesSent()) {
                if (n == null) {
                    g.writeNull();
                    continue;
                }
                g.writeStartObject();
                enumValue(g, "recipient", n.recipient());
                enumValue(g, "jurisdiction", n.jurisdiction());
                date(g, "sentOn", n.sentOn());
                integer(g, "count", n.count());
                enumValue(g, "method", n.method());
                enumValue(g, "sentBy", n.sentBy());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        string(g, "description", i.description());
        if (!i.safeguardsInPlace().isEmpty()) {
            enumList(g, "safeguardsInPlace", i.safeguardsInPlace());
        }
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void integer(JsonGenerator g, String name, Integer value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.intValue());
        }
    }

    private static void bool(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    private static void flag(JsonGenerator g, String name, boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(name, true);
        }
    }

    private static void date(JsonGenerator g, String name, LocalDate value) throws IOException {
        if (value != null) {
            g.writeStringField(name, Json.date(value));
        }
    }

    private static void enumValue(JsonGenerator g, String name, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.name());
        }
    }

    private static void enumList(JsonGenerator g, String name, List<? extends Enum<?>> values) throws IOException {
        if (values == null) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (Enum<?> value : values) {
            g.writeString(value == null ? null : value.name());
        }
        g.writeEndArray();
    }
}
