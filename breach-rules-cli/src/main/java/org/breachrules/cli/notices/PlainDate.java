package org.breachrules.cli.notices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as a letter writes them, "March 9, 2026" (45 CFR 164.404(c)(2): plain language), in US English whatever the
 * machine's locale.
 */
public final class PlainDate {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    private PlainDate() {
    }

    /** The date in words and figures, e.g. "March 9, 2026". */
    public static String of(LocalDate date) {
        return FORMAT.format(date);
    }
}
