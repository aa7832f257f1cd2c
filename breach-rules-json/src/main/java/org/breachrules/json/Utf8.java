package org.breachrules.json;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one UTF-8 policy for every input, files, standard input and streams alike: bytes that are not valid UTF-8
 * (broken sequences, overlong forms, encoded surrogates) are an error, never silently replaced. Java's decoder rejects
 * each of them; Jackson's own would accept overlong forms.
 */
public final class Utf8 {
    /**
     * What a stream reader ({@link #lenientReader}) puts where the bytes were not valid UTF-8: the noncharacter
     * U+FFFF, which no valid incident carries, so a line holding it is reported as not valid UTF-8.
     */
    public static final char MALFORMED = '\uFFFF';

    private Utf8() {
    }

    /** Thrown for bytes that are not valid UTF-8; the message says where. */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The text of {@code bytes}, or null when they are UTF-16 or UTF-32 (a byte-order mark, or a zero byte among the
     * first four), which the JSON parser detects itself.
     *
     * @throws Malformed when they are meant as UTF-8 and are not valid UTF-8
     */
    public static String decode(byte[] bytes) throws Malformed {
        if (wideEncoding(bytes)) {
            return null;
        }
        if (ascii(bytes)) {
            // The common case, made without the decoder's buffer of two bytes a character.
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("not valid UTF-8 (at byte " + (firstBadByte(bytes) + 1) + ")");
        }
    }

    /**
     * A reader for a stream of lines that goes on past bad bytes: each invalid sequence becomes {@link #MALFORMED},
     * so that the line holding it can be reported and the stream continue.
     */
    public static Reader lenientReader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(MALFORMED)));
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean wideEncoding(byte[] b) {
        if (b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE))) {
            return true;
        }
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first byte where decoding fails (for the message). */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
