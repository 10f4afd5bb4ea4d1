package org.convoca.shared;

/**
 * Cells for spreadsheets: a cell that starts like a formula ({@code = + - @}, or a tab or carriage return
 * before one) would be run by Excel or LibreOffice when opened, so it gets a leading apostrophe and stays text.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
