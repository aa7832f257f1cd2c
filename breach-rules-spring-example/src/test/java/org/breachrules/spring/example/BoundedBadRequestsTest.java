package org.breachrules.spring.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 26: a 400 lists at most 100 problems and counts the rest; {@code asOf} is range-checked like every date. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoundedBadRequestsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    private HttpResponse<String> post(String query, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/determinations" + query))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sample() throws Exception {
        return Files.readString(Path.of("../breach-rules-examples/samples/03-lost-laptop-unencrypted.json"));
    }

    @Test
    void whenABodyHasFiveThousandUnknownFields_thenThe400ListsTheFirstHundredAndCountsTheRest() throws Exception {
        // Given
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            extra.append("\"unknownField").append(i).append("\": 1, ");
        }
        // When
        HttpResponse<String> response = post("?asOf=2026-11-20", sample().replaceFirst("\\{", "{" + extra));
        // Then
        assertEquals(400, response.statusCode());
        JsonNode problems = JSON.readTree(response.body()).get("problems");
        assertEquals(101, problems.size());
        assertEquals("$", problems.get(100).get("field").asText());
        assertEquals("... and 4900 more problems", problems.get(100).get("message").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31", "1899-12-31", "+999999999-12-31", "2026-02-30"})
    void whenAsOfIsOutsideTheSupportedRangeOrNoDate_thenA400NamesAsOf(String asOf) throws Exception {
        HttpResponse<String> response = post("?asOf=" + java.net.URLEncoder.encode(asOf,
                java.nio.charset.StandardCharsets.UTF_8), sample());
        assertEquals(400, response.statusCode(), response.body());
        JsonNode problem = JSON.readTree(response.body()).get("problems").get(0);
        assertEquals("asOf", problem.get("field").asText());
        assertTrue(problem.get("message").asText().matches("is outside the supported range 1900-01-01 to 2999-12-31"
                + "|expected a date \\(YYYY-MM-DD\\)"), response.body());
    }

    @Test
    void whenABodyHoldsAnSsnARecordNumberAndAName_thenThe400EchoesNoneOfThem() throws Exception {
        HttpResponse<String> malformed = post("?asOf=2026-11-20", "{\"id\": Jane_Q_Patient_SSN_123456789}");
        assertEquals(400, malformed.statusCode());
        assertTrue(!malformed.body().contains("Jane") && !malformed.body().contains("123456789"), malformed.body());

        HttpResponse<String> bad = post("?asOf=2026-11-20", sample().replaceFirst("\\{",
                "{\"breachType\": \"123-45-6789\", \"phiInvolved\": 48213377, \"JaneDoe\": \"JaneDoe\", "));
        assertEquals(400, bad.statusCode());
        assertTrue(!bad.body().contains("123-45-6789") && !bad.body().contains("48213377")
                && !bad.body().contains("JaneDoe"), bad.body());
    }
}
