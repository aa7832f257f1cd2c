package org.breachrules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so a progress line shows there even when standard output is piped. */
final class StandardError {
    private StandardError() {
    }

    /**
     * True when standard error is a terminal. Java 17 can only ask whether the whole console is one; on Linux the
     * descriptor's target ({@code /dev/pts/N}, {@code /dev/ttyN}) says it for standard error alone.
     */
    static boolean isTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
