package org.breachrules.spring.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Issue 26: as shipped, the example serves loopback only, says UP or DOWN without details, exposes no metrics and
 * gives a slow client seconds, not minutes. No property is set here: these are the application's own defaults.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClosedByDefaultTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;
    @Autowired
    private Environment environment;
    @Autowired
    private ServletWebServerApplicationContext context;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void whenNothingIsConfigured_thenTheServiceBindsLoopbackOnly() {
        assertEquals("127.0.0.1", environment.getProperty("server.address"));
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertEquals("/127.0.0.1", String.valueOf(connector.getProperty("address")));
    }

    @Test
    void whenHealthIsAsked_thenOnlyTheStatusIsShown() throws Exception {
        HttpResponse<String> health = get("/actuator/health");

        assertEquals(200, health.statusCode(), health.body());
        assertEquals(new ObjectMapper().readTree("{\"status\": \"UP\"}"), new ObjectMapper().readTree(health.body()));
    }

    @Test
    void whenMetricsAreAsked_thenTheyAreNotExposed() throws Exception {
        assertEquals(404, get("/actuator/metrics").statusCode());
        assertEquals(404, get("/actuator/metrics/breach.rules.determinations").statusCode());
        assertEquals(200, get("/actuator/info").statusCode());
    }

    @Test
    void whenNothingIsConfigured_thenTomcatTimesOutSlowReadsAndIdleConnections() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        assertEquals(5000, connector.getProperty("connectionTimeout"));
        assertEquals(15000, connector.getProperty("keepAliveTimeout"));
        assertEquals("1048576", environment.getProperty("breach-rules-service.max-body-bytes"));
    }
}
