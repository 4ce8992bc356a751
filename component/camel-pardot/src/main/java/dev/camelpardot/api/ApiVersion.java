package dev.camelpardot.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule for the Salesforce (Tooling) API version, in one place: {@code 62.0}, {@code 62} or {@code v62.0}, from
 * {@value #MIN_MAJOR}.0 on (the Tooling object PardotTenant exists from then).
 */
public final class ApiVersion {

    /** The oldest Salesforce API version with every Tooling object the component uses. */
    public static final int MIN_MAJOR = 56;

    private static final Pattern VERSION = Pattern.compile("^[vV]?(\\d{2,3})(?:\\.(\\d))?$");

    private ApiVersion() {
    }

    /** @return what is wrong with the option apiVersion and how to fix it, or null when it is a usable version */
    public static String problem(String version) {
        if (version == null || version.isBlank()) {
            return "apiVersion is empty: set it to 62.0 or another version from " + MIN_MAJOR + ".0 on";
        }
        Matcher m = VERSION.matcher(version.strip());
        if (!m.matches()) {
            return "apiVersion '" + version + "' is not a Salesforce API version: write it like 62.0";
        }
        if (Integer.parseInt(m.group(1)) < MIN_MAJOR) {
            return "apiVersion " + version + " is too old: the Tooling object PardotTenant exists from " + MIN_MAJOR
                   + ".0 on; set apiVersion to " + MIN_MAJOR + ".0 or later";
        }
        return null;
    }

    /**
     * The version as the Tooling paths write it, e.g. {@code 62.0}.
     *
     * @throws IllegalArgumentException with {@link #problem}'s message when it is not a usable version
     */
    public static String normalize(String version) {
        String problem = problem(version);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Matcher m = VERSION.matcher(version.strip());
        m.matches();
        return m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2));
    }
}
