package org.breachrules.spring.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
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
 * Issue 26: a request body is at most 1 MiB (413, answered without reading the rest) and arrives within the read
 * deadline (408; 1 s here, 10 s as shipped). Raw sockets, so the test controls what is sent and when.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "breach-rules-service.body-read-timeout=1s")
class RequestBodyLimitTest {
    private static final int LIMIT = 1_048_576;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    private static String sample() throws Exception {
        return Files.readString(Path.of("../breach-rules-examples/samples/03-lost-laptop-unencrypted.json"));
    }

    private Socket open() throws Exception {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static String statusLine(Socket socket) throws Exception {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                .readLine();
    }

    private static String head(String extraHeader) {
        return "POST /determinations?asOf=2026-11-20 HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\n" + extraHeader + "\r\n\r\n";
    }

    @Test
    void whenTheDeclaredLengthIsOverTheLimit_thenA413ComesBeforeTheBodyIsSent() throws Exception {
        try (Socket socket = open()) {
            // 100 MB declared, 1 KB sent: the answer must not wait for the rest.
            send(socket, head("Content-Length: 100000000") + "{" + " ".repeat(1023));

            assertEquals("HTTP/1.1 413 ", statusLine(socket).substring(0, 13));
        }
    }

    @Test
    void whenAChunkedBodyGoesOverTheLimit_thenA413AfterAtMostTheLimitIsRead() throws Exception {
        try (Socket socket = open()) {
            send(socket, head("Transfer-Encoding: chunked"));
            String chunk = Integer.toHexString(65_536) + "\r\n" + " ".repeat(65_536) + "\r\n";
            for (int sent = 0; sent <= LIMIT; sent += 65_536) {
                send(socket, chunk);
            }
            // The body never ends (no last chunk): only the limit can answer.
            assertEquals("HTTP/1.1 413 ", statusLine(socket).substring(0, 13));
        }
    }

    @Test
    void whenTheBodyTricklesInPastTheDeadline_thenA408BeforeTomcatsReadTimeoutWouldFire() throws Exception {
        try (Socket socket = open()) {
            send(socket, head("Content-Length: 100") + "{\"id\": ");
            long start = System.nanoTime();
            // A byte every 200 ms: each read succeeds well within Tomcat's 5 s, only the 1 s deadline stops it.
            Thread trickle = new Thread(() -> {
                try {
                    for (int i = 0; i < 90; i++) {
                        Thread.sleep(200);
                        send(socket, " ");
                    }
                } catch (Exception closed) {
                    // the server answered and closed
                }
            });
            trickle.start();

            assertEquals("HTTP/1.1 408 ", statusLine(socket).substring(0, 13));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 4, "answered after " + seconds + " s");
            trickle.interrupt();
        }
    }

    @Test
    void whenABodyIsExactlyTheLimitOrChunkedWithinIt_thenItIsDetermined() throws Exception {
        String sample = sample();
        String padded = sample + " ".repeat(LIMIT - sample.getBytes(StandardCharsets.UTF_8).length);
        URI uri = URI.create("http://127.0.0.1:" + port + "/determinations?asOf=2026-11-20");

        HttpResponse<String> fixed = HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(padded)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        sample.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, fixed.statusCode(), fixed.body());
        assertEquals(200, chunked.statusCode(), chunked.body());
        assertTrue(fixed.body().contains("\"breach\""), fixed.body());
    }

    @Test
    void whenABodyIsOneByteOverTheLimit_thenA413InTheProblemsShape() throws Exception {
        String sample = sample();
        String padded = sample + " ".repeat(LIMIT + 1 - sample.getBytes(StandardCharsets.UTF_8).length);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/determinations?asOf=2026-11-20")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(padded)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(413, response.statusCode());
        assertEquals("{\"problems\": [{\"field\": \"$\", \"message\": \"the request body is larger than 1048576 bytes\"}]}",
                response.body());
    }
}
