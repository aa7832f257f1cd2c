package org.breachrules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code evaluate --what-if} on three samples (an unencrypted laptop, a misdirected fax rebutted by a risk
 * assessment, a multi-state breach near the media threshold) gives exactly its golden JSON and text
 * ({@code golden/what-if/}), and the determination it explains is the one given without {@code --what-if}.
 */
class WhatIfGoldenTest {
    private static final String AS_OF = "2026-11-20";
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"03-lost-laptop-unencrypted", "06-misdirected-fax-low-probability",
        "12-multi-state-media"})
    void whenSampleEvaluatedWithWhatIf_thenJsonAndTextMatchGolden(String sample) throws Exception {
        // Given
        Path file = Golden.samples().resolve(sample + ".json");

        // When
        Cli.Result json = Cli.run("evaluate", "--as-of", AS_OF, "--what-if", file.toString());
        Cli.Result text = Cli.run("evaluate", "--as-of", AS_OF, "--what-if", "--format", "text", file.toString());
        Cli.Result plain = Cli.run("evaluate", "--as-of", AS_OF, file.toString());

        // Then
        assertEquals("", json.err());
        assertEquals(0, json.exit());
        assertEquals(0, text.exit());
        String version = Cli.engine().rulesVersion();
        Golden.assertJson(Golden.dir().resolve("what-if/" + sample + ".json"),
                json.out().replace(version, "RULES_VERSION"));
        Golden.assertText(Golden.dir().resolve("what-if/" + sample + ".txt"),
                text.out().replace(version, "RULES_VERSION").replace(file.toString(), "samples/" + sample + ".json"));
        JsonNode withWhatIf = JSON.readTree(json.out());
        assertFalse(withWhatIf.get("whatIf").isEmpty());
        ((ObjectNode) withWhatIf).remove("whatIf");
        assertEquals(JSON.readTree(plain.out()), withWhatIf, "what-if never changes the determination");
    }

    @Test
    void whenWhatIfNotAsked_thenTheFieldIsAbsent() throws Exception {
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF,
                Golden.samples().resolve("03-lost-laptop-unencrypted.json").toString());
        assertFalse(JSON.readTree(result.out()).has("whatIf"));
    }

    @Test
    void whenUnencryptedLaptop_thenEncryptionToNistSp800111IsNamedAsTheChangeThatDecides() throws Exception {
        Cli.Result result = Cli.run("evaluate", "--as-of", AS_OF, "--what-if",
                Golden.samples().resolve("03-lost-laptop-unencrypted.json").toString());
        boolean found = false;
        for (JsonNode w : JSON.readTree(result.out()).get("whatIf")) {
            if (w.get("change").asText().contains("NIST SP 800-111")) {
                found = true;
                assertEquals("safeguards.encryption", w.get("field").asText());
                assertFalse(w.get("breach").asBoolean());
                assertEquals("SECURED_BY_ENCRYPTION", w.get("basis").asText());
                assertTrue(w.get("message").asText().contains("not a breach (SECURED_BY_ENCRYPTION, 45 CFR 164.402"));
            }
        }
        assertTrue(found);
    }
}
