package org.breachrules.cli.documents;

import static org.breachrules.cli.documents.Documents.AS_OF;
import static org.breachrules.cli.documents.Documents.drafts;
import static org.breachrules.cli.documents.Documents.lineWith;
import static org.breachrules.cli.documents.Documents.run;
import static org.breachrules.cli.documents.Documents.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: an UNDETERMINED duty is listed first in the register as one to settle, with what settles it (the
 * determination's dependsOn), reads "possibly overdue" past the day it had to be settled by, and no draft announces
 * it as owed. Sample 15 has a media duty undetermined until affected.byJurisdiction is known (settle by 2026-12-04).
 */
class UndeterminedDutiesToSettleTest {
    @Test
    void whenADutyIsUndetermined_thenTheRegisterListsItFirstAsToSettleWithWhatSettlesIt() throws Exception {
        String text = run("register", "--as-of", AS_OF, Path.of(System.getProperty("samples.dir", "samples"))
                .toString());
        String groups = text.substring(text.indexOf("\n\n") + 2);
        assertTrue(groups.startsWith("TO SETTLE (FACTS MISSING) (2)\n"), groups);
        assertTrue(lineWith(text, "ISH-SEC-2026-031", "MEDIA").contains("affected.byJurisdiction"), text);

        JsonNode json = new ObjectMapper().readTree(run("register", "--as-of", AS_OF, "--format", "json",
                sample("15-").toString()));
        JsonNode first = json.get("rows").get(0);
        assertEquals("UNDETERMINED", first.get("group").asText(), json.toString());
        assertEquals("affected.byJurisdiction", first.get("dependsOn").get(0).asText());

        String html = run("register", "--as-of", AS_OF, "--format", "html", sample("15-").toString());
        assertTrue(html.indexOf("<h2>To settle (facts missing) (1)</h2>") < html.indexOf("<h2>Overdue"), html);
    }

    @Test
    void whenAnUndeterminedDutyIsPastTheDayItHadToBeSettledBy_thenTheRegisterSaysPossiblyOverdue() {
        String text = run("register", "--as-of", "2026-12-10", sample("15-").toString());
        String row = lineWith(text, "ISH-SEC-2026-031", "MEDIA");
        assertTrue(row.contains("UNDETERMINED (possibly overdue)"), text);
    }

    @Test
    void whenADutyIsUndetermined_thenItsDraftIsMarkedOnlyIfConfirmedAndNotForRelease(@TempDir Path out)
            throws Exception {
        Map<String, String> drafts = drafts(out, sample("15-"));
        String media = drafts.entrySet().stream().filter(e -> e.getKey().endsWith("/media-unknown-state.txt"))
                .findFirst().orElseThrow(() -> new AssertionError(drafts.keySet().toString())).getValue();

        assertTrue(media.startsWith("Send only if the duty is confirmed: it is undetermined until"
                + " affected.byJurisdiction is known (to be settled by December 4, 2026)."), media);
        assertFalse(media.contains("FOR IMMEDIATE RELEASE"), media);
        assertTrue(media.contains("NOT FOR RELEASE UNTIL THE DUTY IS CONFIRMED"), media);
    }
}
