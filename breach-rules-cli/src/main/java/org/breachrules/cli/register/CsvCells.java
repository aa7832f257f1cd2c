package org.breachrules.cli.register;

/**
 * Cells of the CSV files the tool writes, safe to open in a spreadsheet. A cell that starts with {@code = + - @}, a
 * tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets, and an incident's text
 * (an id, an entity name) is not ours: such a cell gets a leading {@code '} (OWASP, "CSV Injection").
 */
public final class CsvCells {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** {@code value}, with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String neutral(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return "'" + value;
    }
}
