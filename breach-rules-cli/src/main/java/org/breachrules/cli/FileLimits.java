package org.breachrules.cli;

import java.io.IOException;
import java.io.InputStream;

/**
 * What the tool reads of a file before its content is looked at (issue 26): a JSON file (one incident or an array)
 * is read whole, so its size is checked first ({@link java.nio.file.Files#size}) and a larger one is refused with one
 * line naming the file and the limit, before a byte of it is read. NDJSON is read a line at a time and has no size
 * limit of its own (its lines and incidents are bounded).
 */
public final class FileLimits {
    /**
     * The largest file read whole: 64 MiB. An incident of the format takes about 0.5 to 2 KB, so 10,000 of them (the
     * most {@code evaluate} holds by default) take 5 to 20 MB; a larger batch belongs in NDJSON.
     */
    public static final long MAX_FILE_BYTES = 64L << 20;

    private FileLimits() {
    }

    /**
     * The problem of a file larger than {@link #MAX_FILE_BYTES}: {@code NAME: $: is N bytes, more than ...; advice}.
     *
     * @param name   the file as given on the command line (or as found in a folder given there)
     * @param size   its size in bytes
     * @param advice what to do instead, e.g. "stream a large batch with --ndjson"
     */
    public static String tooLarge(String name, long size, String advice) {
        return name + ": $: is " + size + " bytes, more than " + MAX_FILE_BYTES + " (64 MiB), the most a file read"
                + " whole may be; " + advice;
    }

    /**
     * Reads at most {@link #MAX_FILE_BYTES} of a stream whose size is not known beforehand (standard input).
     *
     * @return the bytes, or null when the stream holds more (what was read is dropped; the rest is not read)
     */
    static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        return bytes.length > MAX_FILE_BYTES ? null : bytes;
    }
}
