package org.breachrules.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a stream, each at most a given length. Unlike {@link java.io.BufferedReader#readLine()}, a line past the
 * limit is skipped to its end without being held (its {@link #line()} is null), so memory stays bounded whatever
 * the input. Lines end with {@code \n}, {@code \r\n} or {@code \r}. Not thread-safe.
 */
public final class BoundedLines implements Closeable {
    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder current = new StringBuilder();
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private boolean tooLong;

    /**
     * @param in       the characters, closed by {@link #close()}
     * @param maxChars the longest line kept
     */
    public BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** Reads the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        current.setLength(0);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any;
                }
            }
            char c = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLineFeed = c == '\r';
                return true;
            }
            if (current.length() < maxChars) {
                current.append(c);
            } else {
                tooLong = true;
            }
        }
    }

    /** The line just read, without its end; null when it was longer than the limit. */
    public String line() {
        return tooLong ? null : current.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
