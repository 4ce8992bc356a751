package dev.camelpardot.setup;

import java.util.regex.Pattern;

import dev.camelpardot.api.PardotValidationException;

/**
 * Checks developer names before they go into a SOQL query or a create request: Salesforce allows letters, digits
 * and underscores, starting with a letter, without a trailing or a doubled underscore. Checking first turns a
 * typo into a clear message instead of a query error, and keeps anything but a name out of the query text.
 */
public final class DeveloperNames {

    /** Longest name accepted here. Salesforce's own cap for these objects is not documented; 80 is its usual one. */
    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("^[A-Za-z][A-Za-z0-9_]*$");

    private DeveloperNames() {
    }

    /**
     * @param field the option or field the name came from, named in the error
     * @return the name
     * @throws PardotValidationException when the name is missing or breaks a rule
     */
    public static String validate(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new PardotValidationException(field, field + " is missing: give the DeveloperName (API name),"
                    + " e.g. Webinar_Service");
        }
        String fix = ": a DeveloperName has only letters, digits and underscores, starts with a letter, and has no"
                     + " trailing or double underscore, e.g. Webinar_Service";
        if (name.length() > MAX_LENGTH) {
            throw new PardotValidationException(field, field + " '" + name + "' is " + name.length()
                    + " characters; at most " + MAX_LENGTH + " are accepted" + fix);
        }
        if (!VALID.matcher(name).matches() || name.endsWith("_") || name.contains("__")) {
            throw new PardotValidationException(field, field + " '" + name + "' is not a valid DeveloperName" + fix);
        }
        return name;
    }
}
