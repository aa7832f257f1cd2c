package org.breachrules.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The files a command was asked to write ({@code --csv}, {@code --ics}, {@code --out}). A write that fails says which
 * file and why in a few words, so the command can exit 1 with one line instead of a bare exception name.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** A file or folder that could not be written: the message names it and says why. */
    static final class CannotWrite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CannotWrite(String shownAs, IOException e) {
            super("cannot write " + shownAs + " (" + why(e) + ")", null, false, false);
        }
    }

    /** Writes {@code text} as UTF-8 to {@code file}, named {@code shownAs} if it fails. */
    static void write(Path file, String text, String shownAs) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CannotWrite(shownAs, e);
        }
    }

    /** As {@link #write(Path, String, String)}, the file named as given. */
    static void write(Path file, String text) {
        write(file, text, file.toString());
    }

    /** Creates a folder and its parents, named {@code shownAs} if it fails. */
    static void createDirectories(Path dir, String shownAs) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CannotWrite(shownAs, e);
        }
    }

    /** Why in a few words; the JDK's own message for a file is the file's name, which says nothing. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return "a file is in the way of a directory";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason(); // e.g. "Is a directory", "No space left on device", "Read-only file system"
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
