package org.breachrules.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.breachrules.api.IncidentValidator;

/** The {@code --as-of} option of every command: a calendar date written YYYY-MM-DD, within the supported range. */
final class AsOf {
    private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AsOf() {
    }

    /**
     * The date, or today when {@code text} is null.
     *
     * @throws IllegalArgumentException with the one-line message the tool prints (exit 2)
     */
    static LocalDate parse(String text, LocalDate today) {
        if (text == null) {
            return today;
        }
        LocalDate date;
        try {
            if (!FORM.matcher(text).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", text, 0);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of: expected a date (YYYY-MM-DD), got \"" + Lines.oneLine(text)
                    + "\"");
        }
        if (date.isBefore(IncidentValidator.EARLIEST_DATE) || date.isAfter(IncidentValidator.LATEST_DATE)) {
            throw new IllegalArgumentException("--as-of: is outside the supported range "
                    + IncidentValidator.EARLIEST_DATE + " to " + IncidentValidator.LATEST_DATE);
        }
        return date;
    }
}
