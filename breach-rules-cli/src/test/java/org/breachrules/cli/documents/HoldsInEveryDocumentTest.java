package org.breachrules.cli.documents;

import static org.breachrules.cli.documents.Documents.AS_OF;
import static org.breachrules.cli.documents.Documents.drafts;
import static org.breachrules.cli.documents.Documents.lineWith;
import static org.breachrules.cli.documents.Documents.run;
import static org.breachrules.cli.documents.Documents.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a notice law enforcement asked to delay (45 CFR 164.412) says so in every document, with the hold's end
 * as the determination gives it; an overdue notice says it is overdue; a sent notice is not drafted again.
 * Sample 11 is held until 2026-12-15; sample 17 is overdue and held until 2026-12-31; sample 16 has notices sent.
 */
class HoldsInEveryDocumentTest {
    private static final String HELD_11 = "Do not send before 2026-12-15: law enforcement asked for a delay"
            + " (45 CFR 164.412)";
    private static final String HELD_17 = "Do not send before 2026-12-31: law enforcement asked for a delay"
            + " (45 CFR 164.412)";

    @Test
    void whenANoticeIsHeld_thenEachOfItsDraftsOpensWithTheHoldAndTheMediaDraftIsNotForImmediateRelease(
            @TempDir Path out) throws Exception {
        Map<String, String> drafts = drafts(out, sample("11-"));

        assertFalse(drafts.isEmpty());
        for (Map.Entry<String, String> d : drafts.entrySet()) {
            assertTrue(d.getValue().startsWith("Do not send before December 15, 2026: law enforcement asked for a"
                    + " delay (45 CFR 164.412)."), d.getKey() + ":\n" + d.getValue());
        }
        String media = drafts.entrySet().stream().filter(e -> e.getKey().endsWith("media-VA.txt")).findFirst()
                .orElseThrow().getValue();
        assertFalse(media.contains("FOR IMMEDIATE RELEASE"), media);
        assertTrue(media.contains("NOT FOR RELEASE BEFORE December 15, 2026"), media);
    }

    @Test
    void whenAHeldNoticeIsOverdue_thenItsDraftSaysBothAndASentNoticeIsNotDraftedAgain(@TempDir Path out)
            throws Exception {
        Map<String, String> held = drafts(out.resolve("17"), sample("17-"));
        String letter = held.entrySet().stream().filter(e -> e.getKey().endsWith("/individuals.txt")).findFirst()
                .orElseThrow().getValue();
        assertTrue(letter.startsWith("Do not send before December 31, 2026"), letter);
        assertTrue(letter.contains("Overdue: the deadline was September 4, 2026."), letter);

        Map<String, String> sent = drafts(out.resolve("16"), sample("16-"));
        assertTrue(sent.keySet().stream().noneMatch(f -> f.endsWith("/individuals.txt")
                || f.endsWith("/hhs-portal-worksheet.txt")), "individuals SENT_LATE and HHS SENT: " + sent.keySet());
        String media = sent.entrySet().stream().filter(e -> e.getKey().endsWith("/media-IA.txt")).findFirst()
                .orElseThrow().getValue();
        assertTrue(media.startsWith("Overdue: the deadline was June 1, 2026. Send it now"), media);
    }

    @Test
    void whenANoticeIsHeld_thenItsRegisterRowSaysSoInTextJsonAndHtml() throws Exception {
        String[] inputs = {sample("11-").toString(), sample("17-").toString()};
        String text = run(concat(new String[] {"register", "--as-of", AS_OF}, inputs));
        assertTrue(lineWith(text, "BRBH-CSIRT-2026-09", "MEDIA").contains(HELD_11), text);
        assertTrue(lineWith(text, "GPO-IR-2026-22", "INDIVIDUALS").contains(HELD_17), text);
        assertTrue(lineWith(text, "GPO-IR-2026-22", "INDIVIDUALS").contains("OVERDUE"), text);

        JsonNode json = new ObjectMapper().readTree(run(concat(new String[] {"register", "--as-of", AS_OF,
            "--format", "json"}, inputs)));
        for (JsonNode row : json.get("rows")) {
            if (row.get("recipient").asText().startsWith("STATE ")) {
                continue; // a state duty carries no federal hold
            }
            String expected = row.get("incidentId").asText().equals("BRBH-CSIRT-2026-09") ? HELD_11 : HELD_17;
            assertEquals(expected, row.get("hold").asText(), row.toString());
            assertTrue(row.get("held").asBoolean(), row.toString());
        }

        String html = run(concat(new String[] {"register", "--as-of", AS_OF, "--format", "html"}, inputs));
        assertEquals(5, html.split(java.util.regex.Pattern.quote(HELD_11 + "</strong>"), -1).length - 1
                + html.split(java.util.regex.Pattern.quote(HELD_17 + "</strong>"), -1).length - 1,
                "every row of the two held incidents: 3 of sample 11, 2 of sample 17\n" + html);
    }

    @Test
    void whenANoticeIsHeld_thenItsCalendarEventSaysSoAndTheHoldsEndIsAnEvent(@TempDir Path dir) throws Exception {
        Path ics = dir.resolve("deadlines.ics");
        run("register", "--as-of", AS_OF, "--ics", ics.toString(), sample("11-").toString());

        List<VEvent> events = Biweekly.parse(Files.readString(ics)).first().getEvents();
        List<VEvent> deadlines = events.stream().filter(e -> e.getSummary().getValue().startsWith("Breach notice"))
                .toList();
        List<VEvent> ends = events.stream().filter(e -> e.getSummary().getValue().startsWith(
                "Law-enforcement hold ends")).toList();
        assertEquals(3, deadlines.size());
        assertEquals(3, ends.size(), "one end of hold per held notice");
        deadlines.forEach(e -> assertTrue(e.getDescription().getValue().startsWith(HELD_11), e.toString()));
        for (VEvent end : ends) {
            assertEquals(LocalDate.of(2026, 12, 15), end.getDateStart().getValue().toInstant()
                    .atZone(ZoneId.systemDefault()).toLocalDate());
        }
    }

    @Test
    void whenANoticeIsHeld_thenTheTextAndHtmlReportsSaySo() {
        String text = run("evaluate", "--as-of", AS_OF, "--format", "text", sample("17-").toString());
        assertTrue(text.contains("INDIVIDUALS: " + HELD_17 + "."), text);
        assertTrue(text.contains("HHS: " + HELD_17 + "."), text);

        String html = run("evaluate", "--as-of", AS_OF, "--format", "html", sample("11-").toString());
        assertEquals(3, html.split(java.util.regex.Pattern.quote(HELD_11 + ".</strong>"), -1).length - 1, html);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
