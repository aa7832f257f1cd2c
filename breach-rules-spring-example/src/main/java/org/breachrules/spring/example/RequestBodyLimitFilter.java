package org.breachrules.spring.example;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds every request body before anything parses it: a declared {@code Content-Length} above the limit is a 413
 * at once, without reading the body; any other body (chunked, or declared within the limit) is read here, at most
 * the limit plus one byte and within the read deadline, then handed on from memory. Over the limit: 413; too slow:
 * 408. Both close the connection. The answer is the 400's shape, {@code {"problems": [...]}}, and echoes nothing.
 *
 * <p>Defaults: {@value #DEFAULT_MAX_BYTES} bytes (1 MiB, the NDJSON line limit of the CLI) and 10 s for the whole
 * body; {@code breach-rules-service.max-body-bytes} and {@code breach-rules-service.body-read-timeout} change them.
 * Each single read also waits at most Tomcat's {@code server.tomcat.connection-timeout}.
 */
@Component
class RequestBodyLimitFilter extends OncePerRequestFilter {
    static final long DEFAULT_MAX_BYTES = 1_048_576;

    private final long maxBytes;
    private final Duration readTimeout;

    RequestBodyLimitFilter(@Value("${breach-rules-service.max-body-bytes:" + DEFAULT_MAX_BYTES + "}") long maxBytes,
            @Value("${breach-rules-service.body-read-timeout:10s}") Duration readTimeout) {
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (declared > maxBytes) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
            return;
        }
        if (declared <= 0 && !chunked) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body;
        try {
            body = read(request.getInputStream());
        } catch (InterruptedIOException e) {
            refuse(response, HttpStatus.REQUEST_TIMEOUT, "the request body did not arrive within "
                    + readTimeout.toSeconds() + " s");
            return;
        }
        if (body == null) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "the request body is larger than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    /** The body, or {@code null} when it is longer than the limit; throws when the deadline passes first. */
    private byte[] read(InputStream in) throws IOException {
        long deadline = System.nanoTime() + readTimeout.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            body.write(buffer, 0, n);
            if (body.size() > maxBytes) {
                return null;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new InterruptedIOException("body read deadline");
            }
        }
        return body.toByteArray();
    }

    /** Answers at once and closes: the rest of the body is not read. */
    private static void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.getOutputStream().write(("{\"problems\": [{\"field\": \"$\", \"message\": \"" + message + "\"}]}")
                .getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }

    /** The request with its body already read into memory (at most the limit). */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
