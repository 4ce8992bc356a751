package dev.camelpardot.app.setup;

import java.util.ArrayList;
import java.util.List;

/** One activity type to ensure at start, written {@code developerName[:label[:active]]} in the settings. */
public record ActivityTypeSpec(String developerName, String label, boolean active) {

    public static ActivityTypeSpec parse(String text) {
        String[] parts = text.trim().split(":", -1);
        String name = parts[0].trim();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("pardot.setup.activity-types: an entry has no developer name: '" + text + "'");
        }
        String label = parts.length > 1 && !parts[1].isBlank() ? parts[1].trim() : name.replace('_', ' ');
        boolean active = true;
        if (parts.length > 2) {
            String flag = parts[2].trim();
            if (!flag.equalsIgnoreCase("true") && !flag.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("pardot.setup.activity-types: '" + text
                        + "' ends in '" + flag + "', expected true or false");
            }
            active = Boolean.parseBoolean(flag);
        }
        return new ActivityTypeSpec(name, label, active);
    }

    public static List<ActivityTypeSpec> parseAll(List<String> entries) {
        List<ActivityTypeSpec> specs = new ArrayList<>();
        for (String entry : entries) {
            if (!entry.isBlank()) {
                specs.add(parse(entry));
            }
        }
        return specs;
    }
}
