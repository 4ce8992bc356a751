package dev.camelpardot.emulator;

import java.util.function.Predicate;

/**
 * Salesforce API-name (DeveloperName) rules: letters, digits and underscores only; begins with a letter; does not
 * end with an underscore; no two consecutive underscores; unique. The 40-character maximum is UNCONFIRMED for
 * these objects (the documentation found gives none); 40 is the common Salesforce limit for such names.
 */
final class DeveloperNames {

    static final int MAX_LENGTH = 40;

    private static final String RULES = "The API Name can only contain underscores and alphanumeric characters."
            + " It must be unique, begin with a letter, not include spaces, not end with an underscore,"
            + " and not contain two consecutive underscores";

    private DeveloperNames() {
    }

    /** The rule a name breaks, as a Salesforce-like message, or null if it is well-formed. */
    static String violation(String name) {
        if (name == null || name.isEmpty()) {
            return RULES + " (it is empty).";
        }
        if (name.length() > MAX_LENGTH) {
            return RULES + " (it is longer than " + MAX_LENGTH + " characters).";
        }
        if (!isAsciiLetter(name.charAt(0))) {
            return RULES + " (it must begin with a letter).";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return RULES + " (it contains '" + c + "').";
            }
        }
        if (name.endsWith("_")) {
            return RULES + " (it ends with an underscore).";
        }
        if (name.contains("__")) {
            return RULES + " (it contains two consecutive underscores).";
        }
        return null;
    }

    /** Derives a valid name from a label, as the Setup UI does, adding _1, _2, ... while {@code taken}. */
    static String fromLabel(String label, Predicate<String> taken) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean keep = isAsciiLetter(c) || (c >= '0' && c <= '9');
            if (keep) {
                name.append(c);
            } else if (name.length() > 0 && name.charAt(name.length() - 1) != '_') {
                name.append('_');
            }
        }
        while (name.length() > 0 && name.charAt(name.length() - 1) == '_') {
            name.setLength(name.length() - 1);
        }
        if (name.length() == 0 || !isAsciiLetter(name.charAt(0))) {
            name.insert(0, "X");
        }
        String base = trim(name.toString(), MAX_LENGTH);
        String candidate = base;
        for (int n = 1; taken.test(candidate); n++) {
            String suffix = "_" + n;
            candidate = trim(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String trim(String name, int length) {
        String trimmed = name.length() <= length ? name : name.substring(0, length);
        while (trimmed.endsWith("_")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
