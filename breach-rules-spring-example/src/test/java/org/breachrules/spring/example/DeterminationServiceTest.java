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
import java.util.ArrayList;
import java.util.List;
import org.breachrules.drools.DroolsBreachDeterminer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The example service over a real local port, as a non-Java integration engine calls it: only the starter, a web
 * server and one property in the application; the answer is the contract's JSON, bad input a 400 with every problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.endpoints.web.exposure.include=health,info,metrics",
                "management.endpoint.health.show-details=always"})
class DeterminationServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenASampleIncidentIsPosted_thenTheAnswerIsTheContractsDetermination() throws Exception {
        String incident = Files.readString(Path.of("../breach-rules-examples/samples/03-lost-laptop-unencrypted.json"));

        HttpResponse<String> response = post("/determinations?asOf=2026-11-20", incident);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode expected = JSON.readTree(Files.readString(
                Path.of("../breach-rules-cli/src/test/resources/golden/03-lost-laptop-unencrypted.json"))
                .replace("RULES_VERSION", DroolsBreachDeterminer.builtIn().rulesVersion()));
        assertEquals(expected, JSON.readTree(response.body()));
    }

    @Test
    void whenABadIncidentIsPosted_thenA400ListsEveryProblemWithItsField() throws Exception {
        String bad = """
                {"id": "BAD-1", "reporter": {"role": "COVERED_ENTITY"}, "discoveredOn": "2026-06-01",
                 "phiInvolved": true, "phiInvolved": false, "permittedByPrivacyRule": "no",
                 "affected": {"total": 10}, "colour": "red"}
                """;

        HttpResponse<String> response = post("/determinations?asOf=2026-11-20", bad);

        assertEquals(400, response.statusCode(), response.body());
        List<String> fields = new ArrayList<>();
        JSON.readTree(response.body()).get("problems").forEach(p -> fields.add(p.get("field").asText()));
        assertEquals(3, fields.size(), response.body());
        assertTrue(fields.containsAll(List.of("phiInvolved", "permittedByPrivacyRule", "colour")), fields.toString());
        assertTrue(!response.body().contains("red"), "values are never echoed: " + response.body());
    }

    @Test
    void whenActuatorIsAsked_thenItNamesTheRulesVersionReportsHealthAndTimesDeterminations() throws Exception {
        String version = DroolsBreachDeterminer.builtIn().rulesVersion();
        post("/determinations?asOf=2026-11-20",
                Files.readString(Path.of("../breach-rules-examples/samples/01-ransomware-ehr-server.json")));

        assertTrue(get("/actuator/info").body().contains(version), "info names the rules version");
        JsonNode health = JSON.readTree(get("/actuator/health").body());
        assertEquals("UP", health.at("/components/breachRules/status").asText(), health.toString());
        HttpResponse<String> timer = get("/actuator/metrics/breach.rules.determinations");
        assertEquals(200, timer.statusCode(), timer.body());
        assertTrue(JSON.readTree(timer.body()).at("/measurements/0/value").asDouble() >= 1);
    }
}
