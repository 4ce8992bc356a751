package dev.camelpardot.setup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelpardot.api.Json;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionAssignment;
import dev.camelpardot.model.ModelJson;

/** Maps the Tooling objects' field names (DeveloperName, MasterLabel, IsActive, ...) to and from the model. */
final class ToolingRecords {

    static final String EXTENSION = "MarketingAppExtension";
    static final String ACTIVITY_TYPE = "MarketingAppExtActivity";
    static final String ASSIGNMENT = "MarketingAppExtAssignment";
    static final String TENANT = "PardotTenant";

    static final String ID = "Id";
    static final String DEVELOPER_NAME = "DeveloperName";
    static final String LABEL = "MasterLabel";
    static final String DESCRIPTION = "Description";
    static final String ACTIVE = "IsActive";
    static final String EXTENSION_ID = "MarketingAppExtensionId";
    static final String PARENT_ID = "ParentId";

    static final String EXTENSION_FIELDS = "Id, DeveloperName, MasterLabel, Description, IsActive";
    static final String ACTIVITY_TYPE_FIELDS = "Id, MarketingAppExtensionId, DeveloperName, MasterLabel, Description, IsActive";
    static final String ASSIGNMENT_FIELDS = "Id, MarketingAppExtensionId, ParentId";

    private ToolingRecords() {
    }

    static Extension extension(JsonNode record) {
        return new Extension(text(record, ID), text(record, DEVELOPER_NAME), text(record, LABEL),
                text(record, DESCRIPTION), bool(record, ACTIVE));
    }

    static ActivityType activityType(JsonNode record) {
        return new ActivityType(text(record, ID), text(record, EXTENSION_ID), text(record, DEVELOPER_NAME),
                text(record, LABEL), text(record, DESCRIPTION), bool(record, ACTIVE));
    }

    static ExtensionAssignment assignment(JsonNode record) {
        return new ExtensionAssignment(text(record, ID), text(record, EXTENSION_ID), text(record, PARENT_ID));
    }

    /** The create body of an extension; null fields are left out. */
    static String createBody(Extension extension) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(DEVELOPER_NAME, extension.developerName());
        fields.put(LABEL, extension.label());
        fields.put(DESCRIPTION, extension.description());
        fields.put(ACTIVE, extension.active());
        return body(fields);
    }

    /** The create body of an activity type; null fields are left out. */
    static String createBody(ActivityType type) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(EXTENSION_ID, type.extensionId());
        fields.put(DEVELOPER_NAME, type.developerName());
        fields.put(LABEL, type.label());
        fields.put(DESCRIPTION, type.description());
        fields.put(ACTIVE, type.active());
        return body(fields);
    }

    static String assignmentBody(String extensionId, String businessUnitId) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(EXTENSION_ID, extensionId);
        fields.put(PARENT_ID, businessUnitId);
        return body(fields);
    }

    /** A JSON object of the non-null entries. */
    static String body(Map<String, Object> fields) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        fields.forEach((name, value) -> {
            if (value instanceof Boolean b) {
                node.put(name, b);
            } else if (value != null) {
                node.put(name, value.toString());
            }
        });
        return node.toString();
    }

    /** The records of a query response. */
    static List<JsonNode> records(JsonNode queryResponse) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode records = queryResponse == null ? null : queryResponse.get("records");
        if (records != null && records.isArray()) {
            records.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        return ModelJson.text(node, field);
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isBoolean() ? value.booleanValue() : Boolean.parseBoolean(value.asText());
    }
}
