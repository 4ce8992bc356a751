package dev.camelpardot.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.camelpardot.api.PardotValidationException;

/**
 * Reads model objects from {@code Map} bodies (and from JSON once parsed into maps). Keys are the model's field
 * names ({@code extension, type, email, value, activityDate}; {@code developerName, label, description, active,
 * activityTypes, assign}). Unknown keys are ignored, so a richer event map can be sent as it is.
 */
public final class ModelMaps {

    private static final Set<String> TRUE = Set.of("true", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "0");

    private ModelMaps() {
    }

    public static ExternalActivity externalActivity(Map<?, ?> map) {
        return ExternalActivity.builder()
                .id(string(map, "id"))
                .extension(string(map, "extension"))
                .type(string(map, "type"))
                .email(string(map, "email"))
                .value(string(map, "value"))
                .activityDate(ActivityDates.toOffsetDateTime(map.get("activityDate")))
                .build();
    }

    public static Extension extension(Map<?, ?> map) {
        return new Extension(string(map, "id"), string(map, "developerName"), string(map, "label"),
                string(map, "description"), bool(map, "active"));
    }

    public static ActivityType activityType(Map<?, ?> map) {
        return new ActivityType(string(map, "id"), string(map, "extensionId"), string(map, "developerName"),
                string(map, "label"), string(map, "description"), bool(map, "active"));
    }

    /** A setup; {@code active} (of the extension and of each type) and {@code assign} default to true when absent. */
    public static ExtensionSetup extensionSetup(Map<?, ?> map) {
        List<ActivityTypeSetup> types = new ArrayList<>();
        Object rawTypes = map.get("activityTypes");
        if (rawTypes != null) {
            if (!(rawTypes instanceof Collection<?> list)) {
                throw new PardotValidationException("activityTypes", "activityTypes must be a list of objects with"
                        + " developerName, label, description and active");
            }
            int i = 0;
            for (Object element : list) {
                if (!(element instanceof Map<?, ?> typeMap)) {
                    throw new PardotValidationException("activityTypes[" + i + "]", "activityTypes[" + i + "] must be"
                            + " an object with developerName, label, description and active, not " + describe(element));
                }
                types.add(new ActivityTypeSetup(string(typeMap, "developerName"), string(typeMap, "label"),
                        string(typeMap, "description"), boolOrDefault(typeMap, "active", Boolean.TRUE)));
                i++;
            }
        }
        Boolean assign = boolOrDefault(map, "assign", Boolean.TRUE);
        return new ExtensionSetup(string(map, "developerName"), string(map, "label"), string(map, "description"),
                boolOrDefault(map, "active", Boolean.TRUE), types, assign == null || assign);
    }

    static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        return value == null ? null : value.toString();
    }

    static Boolean bool(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().strip().toLowerCase(java.util.Locale.ROOT);
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(text)) {
            return Boolean.FALSE;
        }
        throw new PardotValidationException(key, key + " must be true or false, not '" + value + "'");
    }

    /** The boolean under {@code key}; the default when the key is absent; null when it is present as null. */
    private static Boolean boolOrDefault(Map<?, ?> map, String key, Boolean defaultValue) {
        return map.containsKey(key) ? bool(map, key) : defaultValue;
    }

    private static String describe(Object element) {
        return element == null ? "null" : element.getClass().getSimpleName();
    }
}
