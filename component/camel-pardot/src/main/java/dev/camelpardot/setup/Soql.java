package dev.camelpardot.setup;

import java.util.regex.Pattern;

import dev.camelpardot.api.PardotValidationException;

/**
 * Builds the few SOQL conditions setup needs. Every literal goes through {@link #literal}, which escapes quotes
 * and backslashes, so a value can never end the string and add a condition of its own.
 */
public final class Soql {

    private static final Pattern RECORD_ID = Pattern.compile("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$");

    private Soql() {
    }

    /** A quoted SOQL string literal: {@code O'Brien} becomes {@code 'O\'Brien'}. */
    public static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** {@code field = 'value'} with the value escaped. */
    public static String eq(String field, String value) {
        return field + " = " + literal(value);
    }

    /**
     * @return the id when it has the shape of a Salesforce record id (15 or 18 letters and digits)
     * @throws PardotValidationException otherwise
     */
    public static String recordId(String field, String id) {
        if (id == null || !RECORD_ID.matcher(id).matches()) {
            throw new PardotValidationException(field, field + " '" + id + "' is not a Salesforce record id:"
                    + " expected 15 or 18 letters and digits, e.g. 0XM000000000001AAA");
        }
        return id;
    }
}
