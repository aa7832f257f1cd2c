package org.breachrules.spring.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 26, "hostile volume": a host that raises the body limit (here to 64 MiB) still gets a short 400 for the
 * issue's body (1,500,000 unknown keys, 25.5 MB; it used to take 24-27 s, answer 69 MB and grow the service to 3 GB):
 * the reader refuses the incident past 100,000 tokens (or 1,048,576 characters), before building anything. Generated
 * here, not committed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "breach-rules-service.max-body-bytes=67108864")
class HostileBodyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    /** The sample with {@code n} unknown keys of 18 characters ({@code "uk_0000001": 1, }). */
    private static byte[] withUnknownKeys(int n) throws Exception {
        String sample = Files.readString(Path.of("../breach-rules-examples/samples/03-lost-laptop-unencrypted.json"));
        StringBuilder body = new StringBuilder(n * 18 + sample.length()).append('{');
        for (int i = 0; i < n; i++) {
            String number = Integer.toString(i);
            body.append("\"uk_").append("0".repeat(Math.max(0, 7 - number.length()))).append(number).append("\": 1, ");
        }
        return body.append(sample, sample.indexOf('{') + 1, sample.length()).toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/determinations?asOf=2026-11-20"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenTheBodyHoldsOneAndAHalfMillionUnknownKeys_thenA400WithOneProblemNamingTheLimit() throws Exception {
        // Given
        byte[] body = withUnknownKeys(1_500_000);
        assertTrue(body.length > 25_000_000, body.length + " bytes");
        // When
        HttpResponse<String> response = post(body);
        // Then
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().length() < 300, response.body().length() + " characters");
        JsonNode problems = JSON.readTree(response.body()).get("problems");
        assertEquals(1, problems.size(), response.body());
        assertEquals("$", problems.get(0).get("field").asText());
        // 18 characters a key: the 100,001st token comes before the 1,048,577th character
        assertEquals("the incident holds more than 100000 JSON tokens (names, values, brackets), the most one may hold;"
                + " the document was not read further", problems.get(0).get("message").asText());
    }

    @Test
    void whenTheKeysGrowTenAndHundredfold_thenThe400StaysBounded() throws Exception {
        // 1,000 and 10,000 keys: the first 100 problems and a count; 100,000 keys (1.8 MB, 200,000 tokens): one
        int[] keys = {1_000, 10_000, 100_000};
        int[] problems = {101, 101, 1};
        for (int i = 0; i < keys.length; i++) {
            HttpResponse<String> response = post(withUnknownKeys(keys[i]));
            assertEquals(400, response.statusCode());
            assertEquals(problems[i], JSON.readTree(response.body()).get("problems").size(), keys[i] + " keys");
            assertTrue(response.body().length() < 10_000, response.body().length() + " characters");
        }
    }
}
