package dev.camelpardot.convert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.Json;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.model.ActivityDates;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.ExternalActivity;
import org.apache.camel.Converter;

/**
 * Camel type converters from {@code Map} bodies and JSON object text to the model, so routes can
 * {@code convertBodyTo(ExternalActivity.class)} and the producers read bodies the same way. Keys are the model's
 * field names ({@code extension, type, email, value, activityDate}; {@code developerName, label, description,
 * active, activityTypes, assign}); unknown keys are ignored, so a richer event map can be sent as it is. A value
 * that cannot be read fails with a {@link PardotValidationException} naming the field (Camel wraps it in its
 * TypeConversionException). The loader is generated at build time.
 */
@Converter(generateLoader = true)
public final class ModelConverters {

    private static final Set<String> TRUE = Set.of("true", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "no", "0");

    private ModelConverters() {
    }

    @Converter
    public static ExternalActivity toExternalActivity(Map<?, ?> map) {
        return ExternalActivity.builder()
                .id(string(map, "id"))
                .extension(string(map, "extension"))
                .type(string(map, "type"))
                .email(string(map, "email"))
                .value(string(map, "value"))
                .activityDate(ActivityDates.toOffsetDateTime(map.get("activityDate")))
                .build();
    }

    @Converter
    public static ExternalActivity toExternalActivity(String json) {
        return toExternalActivity(object(json, "an external activity"));
    }

    @Converter
    public static Extension toExtension(Map<?, ?> map) {
        return new Extension(string(map, "id"), string(map, "developerName"), string(map, "label"),
                string(map, "description"), bool(map, "active"));
    }

    @Converter
    public static Extension toExtension(String json) {
        return toExtension(object(json, "an Extension"));
    }

    @Converter
    public static ActivityType toActivityType(Map<?, ?> map) {
        return new ActivityType(string(map, "id"), string(map, "extensionId"), string(map, "developerName"),
                string(map, "label"), string(map, "description"), bool(map, "active"));
    }

    @Converter
    public static ActivityType toActivityType(String json) {
        return toActivityType(object(json, "an ActivityType"));
    }

    /**
     * A setup, as the map says it and no more: an absent {@code active} (of the extension or of a type) is null, "not
     * managed", and an absent {@code assign} is false. Nothing is activated or assigned unless asked for, as
     * Salesforce advises activating a type only when it is ready to be used; {@code pardot:extension?operation=ensure}
     * lets its {@code active} and {@code assign} options fill what the body does not say.
     */
    @Converter
    public static ExtensionSetup toExtensionSetup(Map<?, ?> map) {
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
                        string(typeMap, "description"), bool(typeMap, "active")));
                i++;
            }
        }
        return new ExtensionSetup(string(map, "developerName"), string(map, "label"), string(map, "description"),
                bool(map, "active"), types, Boolean.TRUE.equals(bool(map, "assign")));
    }

    @Converter
    public static ExtensionSetup toExtensionSetup(String json) {
        return toExtensionSetup(object(json, "an ExtensionSetup"));
    }

    /**
     * Plain Java values of JSON text: a Map for an object, a List for an array; null for blank text.
     *
     * @throws PardotValidationException when the text is not JSON
     */
    public static Object parseJson(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            throw new PardotValidationException("body", "the body is text but not JSON (it starts with '"
                    + preview(trimmed) + "'): send a JSON object, a JSON array, a Map or a model object");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(trimmed);
            return Json.toPlain(node);
        } catch (IOException | IllegalArgumentException e) {
            throw new PardotValidationException("body", "the body is not valid JSON: " + firstLine(e.getMessage())
                    + ": fix the JSON", e);
        }
    }

    private static Map<?, ?> object(String json, String what) {
        Object parsed = parseJson(json);
        if (parsed == null || parsed instanceof Map<?, ?>) {
            return parsed == null ? Map.of() : (Map<?, ?>) parsed;
        }
        throw new PardotValidationException("body", "the body is a JSON array but " + what + " is one JSON object:"
                + " send the object, or the array as a batch where one is accepted");
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
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(text)) {
            return Boolean.TRUE;
        }
        if (FALSE.contains(text)) {
            return Boolean.FALSE;
        }
        throw new PardotValidationException(key, key + " must be true or false, not '" + value + "'");
    }

    private static String describe(Object element) {
        return element == null ? "null" : element.getClass().getSimpleName();
    }

    private static String preview(String text) {
        return text.length() <= 10 ? text : text.substring(0, 10) + "...";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
