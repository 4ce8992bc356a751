package dev.camelpardot.app.ingress;

import java.util.Locale;

/**
 * The CSV separator: a fixed character, or detected from the header line. Spreadsheets in many locales (where the
 * comma is the decimal mark) save CSV with {@code ;}, so the default is to count which of {@code , ; tab} the header
 * uses most, outside quotes.
 */
public record CsvDelimiter(Character fixed) {

    public static final CsvDelimiter AUTO = new CsvDelimiter(null);

    private static final char[] CANDIDATES = {',', ';', '\t'};

    /** {@code auto}, {@code ,}, {@code ;} or {@code tab}, as in {@code pardot.ingress.csv.delimiter}. */
    public static CsvDelimiter parse(String setting) {
        String value = setting == null ? "auto" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "auto", "" -> AUTO;
            case ",", "comma" -> new CsvDelimiter(',');
            case ";", "semicolon" -> new CsvDelimiter(';');
            case "tab", "\\t" -> new CsvDelimiter('\t');
            default -> throw new IllegalArgumentException("pardot.ingress.csv.delimiter is '" + setting
                    + "': use auto, ',', ';' or tab");
        };
    }

    /** The separator for a file whose first line is {@code header}. */
    public char forHeader(String header) {
        if (fixed != null) {
            return fixed;
        }
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            for (int i = 0; i < CANDIDATES.length && !quoted; i++) {
                if (c == CANDIDATES[i]) {
                    counts[i]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < CANDIDATES.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return CANDIDATES[best];
    }
}
