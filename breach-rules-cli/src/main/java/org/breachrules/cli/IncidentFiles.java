package org.breachrules.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.breachrules.api.Incident;
import org.breachrules.api.Violation;
import org.breachrules.json.IncidentReader;
import org.breachrules.json.ReadResult;

/**
 * Reads and validates every input file of {@code evaluate} before anything is evaluated, within one incident budget
 * for all files together: the file that passes it is named and nothing more is read. A file is read whole, so one
 * larger than {@link FileLimits#MAX_FILE_BYTES} is refused before it is read. Each problem is one line,
 * {@code FILE: field.path: what is wrong}.
 */
final class IncidentFiles {

    /** The path of a problem with a file as a whole, as {@link IncidentReader} uses it. */
    static final String WHOLE = IncidentReader.DOCUMENT;

    private static final String ADVICE = "stream a large batch with --ndjson";

    /** One input file, valid. */
    record Input(String file, List<Incident> incidents, boolean array) {
    }

    private final InputStream stdin;
    private final long maxIncidents;

    IncidentFiles(InputStream stdin, long maxIncidents) {
        this.stdin = stdin;
        this.maxIncidents = maxIncidents;
    }

    /** The valid files, in order; every problem is added to {@code problems}. */
    List<Input> read(List<String> files, LocalDate date, Problems problems) {
        IncidentReader reader = new IncidentReader();
        List<Input> inputs = new ArrayList<>();
        boolean stdinRead = false;
        long total = 0; // incidents of the files read so far
        for (String file : files) {
            byte[] bytes;
            if (EvaluateRequest.STDIN.equals(file)) {
                if (stdinRead) {
                    problems.add(file + ": " + WHOLE + ": standard input can be read only once");
                    continue;
                }
                stdinRead = true;
                try {
                    bytes = FileLimits.readAtMost(stdin);
                } catch (IOException e) {
                    problems.add(file + ": " + WHOLE + ": cannot read standard input");
                    continue;
                }
                if (bytes == null) {
                    problems.add(file + ": " + WHOLE + ": standard input holds more than " + FileLimits.MAX_FILE_BYTES
                            + " bytes (64 MiB), the most read whole; " + ADVICE);
                    continue;
                }
            } else {
                try {
                    bytes = readFile(file);
                } catch (TooLarge e) {
                    problems.add(FileLimits.tooLarge(file, e.size, ADVICE));
                    continue;
                } catch (Unreadable e) {
                    problems.add(file + ": " + WHOLE + ": cannot read file (" + e.getMessage() + ")");
                    continue;
                }
            }
            long count = IncidentReader.incidentCount(bytes);
            // Every file's incidents and results are held until all are printed: the budget is for all files
            // together, not only for each one (five files of 10,000 would otherwise hold 50,000). Past it nothing
            // more is read: whatever the other files hold, nothing is evaluated.
            if (count > maxIncidents) {
                problems.stop(file + ": " + WHOLE + ": holds " + count + " incidents, more than --max-incidents "
                        + maxIncidents + "; " + ADVICE);
                break;
            }
            if (total + count > maxIncidents) {
                problems.stop(file + ": " + WHOLE + ": brings the incidents of the files given to " + (total + count)
                        + ", more than --max-incidents " + maxIncidents + " (all files together); " + ADVICE);
                break;
            }
            total += count;
            ReadResult result;
            try {
                result = reader.read(new ByteArrayInputStream(bytes), date);
            } catch (UncheckedIOException e) {
                problems.add(file + ": " + WHOLE + ": cannot read file (" + Lines.describe(e.getCause()) + ")");
                continue;
            }
            for (Violation v : result.violations()) {
                problems.add(file + ": " + v.field() + ": " + v.message());
            }
            if (result.ok()) {
                inputs.add(new Input(file, result.incidents(), result.array()));
            }
        }
        return inputs;
    }

    private static byte[] readFile(String file) throws Unreadable, TooLarge {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new Unreadable("not a valid path");
        }
        if (Files.isDirectory(path)) {
            throw new Unreadable("it is a directory");
        }
        try {
            long size = Files.size(path); // before reading: a file too large to hold is not read at all
            if (size > FileLimits.MAX_FILE_BYTES) {
                throw new TooLarge(size);
            }
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file");
        } catch (AccessDeniedException e) {
            throw new Unreadable("permission denied");
        } catch (IOException | SecurityException e) {
            throw new Unreadable(e.getClass().getSimpleName());
        } catch (OutOfMemoryError e) {
            throw new Unreadable("too large");
        }
    }

    /** A file larger than {@link FileLimits#MAX_FILE_BYTES}, with its size. */
    private static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;
        private final long size;

        TooLarge(long size) {
            super(null, null, false, false);
            this.size = size;
        }
    }

    /** A file that cannot be read; the message says why, in a few words. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String why) {
            super(why, null, false, false);
        }
    }
}
