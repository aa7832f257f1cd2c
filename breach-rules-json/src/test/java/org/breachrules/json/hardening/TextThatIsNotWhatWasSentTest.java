package org.breachrules.json.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.breachrules.api.Violation;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 6: one UTF-8 policy. Bytes that are not valid UTF-8 (broken or overlong sequences) and text that is
 * not valid Unicode (an unpaired surrogate escape) are problems, never silently turned into other characters.
 */
class TextThatIsNotWhatWasSentTest {
    private static final LocalDate AS_OF = LocalDate.of(2027, 3, 15);

    private static byte[] incident(byte[] id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"id\": \"".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(id);
        out.writeBytes(("\", \"reporter\": {\"role\": \"COVERED_ENTITY\"}, \"discoveredOn\": \"2027-03-01\","
                + " \"phiInvolved\": false, \"permittedByPrivacyRule\": false}").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> problems(ReadResult r) {
        return r.violations().stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    @Test
    void whenAnOverlongSequenceIsSent_thenTheDocumentIsNotValidUtf8() {
        // Given "A" then 0xC0 0xAF, an overlong '/'
        ReadResult r = new IncidentReader().read(new ByteArrayInputStream(incident(new byte[] {'A', (byte) 0xC0,
                (byte) 0xAF})), AS_OF);
        assertEquals(List.of("$: not valid UTF-8 (at byte 10)"), problems(r));
    }

    @Test
    void whenABrokenSequenceIsSent_thenTheDocumentIsNotValidUtf8() {
        ReadResult r = new IncidentReader().read(new ByteArrayInputStream(incident(new byte[] {(byte) 0xE2, 'x'})),
                AS_OF);
        assertEquals(1, r.violations().size());
        assertTrue(r.violations().get(0).message().startsWith("not valid UTF-8"));
    }

    @Test
    void whenAnUnpairedSurrogateIsEscaped_thenTheFieldIsNotValidUnicode() {
        ReadResult r = new IncidentReader().read(new ByteArrayInputStream(
                incident("A\\ud800B".getBytes(StandardCharsets.UTF_8))), AS_OF);
        assertEquals(List.of("id: is not valid Unicode (an unpaired surrogate at character 2)"), problems(r));
    }

    @Test
    void whenTheTextIsValid_thenItComesBackAsSent() {
        String id = "\u00C9-\uD83D\uDE00-\u4E2D";   // accents, an emoji (a surrogate pair), CJK
        ReadResult r = new IncidentReader().read(new ByteArrayInputStream(incident(id.getBytes(StandardCharsets.UTF_8))),
                AS_OF);
        assertEquals(List.of(), r.violations().stream().map(Violation::toString).toList());
        assertEquals(id, r.incidents().get(0).id());
    }

    @Test
    void whenTheDocumentIsUtf16_thenItIsStillDetected() {
        String json = new String(incident("U16".getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        ReadResult r = new IncidentReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_16)),
                AS_OF);
        assertTrue(r.ok(), r.violations()::toString);
        assertEquals("U16", r.incidents().get(0).id());
    }
}
