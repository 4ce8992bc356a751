package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Salesforce API versions the emulator answers: from 53.0, when the external-activity Tooling objects appeared,
 * to {@link #LATEST}, which {@code GET /services/data/} lists last and the identity URL's {@code version=latest}
 * names. A request for a later version is answered too, as if it were the latest.
 */
final class ApiVersions {

    static final int MIN = 53;
    static final int LATEST = 64;
    private static final Pattern VERSION = Pattern.compile("(\\d{2,3})\\.(\\d)");

    private ApiVersions() {
    }

    /** "60.0" → "60.0"; "latest" → the latest; null when it is no version the emulator serves. */
    static String normalize(String text) {
        if ("latest".equalsIgnoreCase(text)) {
            return LATEST + ".0";
        }
        Matcher matcher = VERSION.matcher(text);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < MIN) {
            return null;
        }
        return Integer.parseInt(matcher.group(1)) + "." + matcher.group(2);
    }

    /** The body of {@code GET /services/data/}: one entry per version, oldest first. */
    static List<Object> listing() {
        List<Object> versions = new ArrayList<>();
        for (int major = MIN; major <= LATEST; major++) {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("label", "Emulated " + major);
            version.put("url", "/services/data/v" + major + ".0");
            version.put("version", major + ".0");
            versions.add(version);
        }
        return versions;
    }
}
