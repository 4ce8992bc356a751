package dev.camelpardot.emulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dev.camelpardot.emulator.AccountEngagementError.INVALID_PROPERTY;
import static dev.camelpardot.emulator.AccountEngagementError.INVALID_PROSPECT_EMAIL;
import static dev.camelpardot.emulator.AccountEngagementError.MISSING_PROPERTY;
import static dev.camelpardot.emulator.AccountEngagementError.badRequest;

/**
 * The rules a create body must pass, in the order a server would check them: required properties, unknown
 * properties, value length, activityDate format, e-mail syntax, then the setup (extension and type exist and are
 * active, the extension is assigned to the business unit) and finally the prospect.
 */
final class ExternalActivityRules {

    static final int MAX_VALUE_LENGTH = 100;
    private static final List<String> REQUIRED = List.of("extension", "type", "email", "value");

    /** A body that passed every rule, with the names as the setup spells them and the setup's record ids. */
    record Accepted(String extension, String type, String email, String value, OffsetDateTime activityDate,
            String extensionId, String typeId) {
    }

    private final EmulatorConfig config;
    private final ToolingStore tooling;
    private final Prospects prospects;

    ExternalActivityRules(EmulatorConfig config, ToolingStore tooling, Prospects prospects) {
        this.config = config;
        this.tooling = tooling;
        this.prospects = prospects;
    }

    Accepted check(Map<String, Object> body, String businessUnitId) {
        for (String property : REQUIRED) {
            Object value = body.get(property);
            if (value == null || (value instanceof String && ((String) value).isBlank())) {
                throw badRequest(MISSING_PROPERTY, "Missing required property: " + property);
            }
            if (!(value instanceof String)) {
                throw badRequest(INVALID_PROPERTY, "Invalid value for property " + property + ": a string is expected");
            }
        }
        for (String property : body.keySet()) {
            if (!REQUIRED.contains(property) && !property.equals("activityDate")) {
                throw badRequest(INVALID_PROPERTY, "Invalid property: '" + property + "' is not a property of an"
                        + " external activity (extension, type, email, value, activityDate)");
            }
        }
        String value = (String) body.get("value");
        if (value.codePointCount(0, value.length()) > MAX_VALUE_LENGTH) {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property value: at most " + MAX_VALUE_LENGTH
                    + " characters are allowed");
        }
        OffsetDateTime activityDate = activityDate(body.get("activityDate"));
        String email = ((String) body.get("email")).trim();
        if (!EmailAddresses.isValid(email)) {
            throw badRequest(INVALID_PROSPECT_EMAIL, "Invalid prospect email address");
        }
        SObjectRecord extension = extension((String) body.get("extension"));
        SObjectRecord type = type(extension, (String) body.get("type"));
        if (tooling.assignment(extension.id(), businessUnitId).isEmpty()) {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property extension: extension '"
                    + extension.text("DeveloperName") + "' is not assigned to business unit " + businessUnitId);
        }
        if (config.unknownEmailPolicy() == UnknownEmailPolicy.REJECT && !prospects.contains(email)) {
            throw badRequest(INVALID_PROSPECT_EMAIL, "Invalid prospect email address: no prospect has the e-mail " + email);
        }
        return new Accepted(extension.text("DeveloperName"), type.text("DeveloperName"), email, value, activityDate,
                extension.id(), type.id());
    }

    private static OffsetDateTime activityDate(Object given) {
        if (given == null) {
            return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        }
        if (given instanceof String) {
            try {
                return OffsetDateTime.parse((String) given, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        throw badRequest(INVALID_PROPERTY, "Invalid value for property activityDate: an ISO 8601 datetime with an"
                + " offset is expected, e.g. 2021-01-01T11:08:00-04:00");
    }

    private SObjectRecord extension(String name) {
        SObjectRecord extension = tooling.byDeveloperName(ToolingObjectType.MARKETING_APP_EXTENSION, name)
                .orElseThrow(() -> badRequest(INVALID_PROPERTY, "Invalid value for property extension: no extension"
                        + " has the API name '" + name + "'"));
        if (!extension.flag("IsActive")) {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property extension: extension '" + name
                    + "' is not active (IsActive is false)");
        }
        return extension;
    }

    private SObjectRecord type(SObjectRecord extension, String name) {
        SObjectRecord type = tooling.activityType(extension.id(), name)
                .orElseThrow(() -> badRequest(INVALID_PROPERTY, "Invalid value for property type: extension '"
                        + extension.text("DeveloperName") + "' has no activity type with the API name '" + name + "'"));
        if (!type.flag("IsActive")) {
            throw badRequest(INVALID_PROPERTY, "Invalid value for property type: activity type '" + name
                    + "' is not active (IsActive is false)");
        }
        return type;
    }
}
