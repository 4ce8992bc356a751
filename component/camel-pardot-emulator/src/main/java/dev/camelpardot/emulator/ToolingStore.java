package dev.camelpardot.emulator;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The Tooling records (extensions, activity types, assignments, business units) and the rules a create, update
 * or delete must pass. Writes are serialized; reads see a consistent record without locking, which keeps the
 * external-activity hot path (which only reads here) free of contention.
 */
final class ToolingStore {

    static final DateTimeFormatter SALESFORCE_DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final long FIRST_TENANT_NUMBER = 100_000;

    private final Map<ToolingObjectType, ConcurrentSkipListMap<String, SObjectRecord>> records =
            new EnumMap<>(ToolingObjectType.class);
    private long nextIdNumber = 1;
    private long nextTenantNumber = FIRST_TENANT_NUMBER;

    ToolingStore() {
        for (ToolingObjectType type : ToolingObjectType.values()) {
            records.put(type, new ConcurrentSkipListMap<>());
        }
        seedDefaultBusinessUnit();
    }

    /** Forgets every record, then adds the default business unit back. */
    synchronized void clear() {
        records.values().forEach(Map::clear);
        nextTenantNumber = FIRST_TENANT_NUMBER;
        seedDefaultBusinessUnit();
    }

    private void seedDefaultBusinessUnit() {
        insert(ToolingObjectType.PARDOT_TENANT, EmulatorDefaults.BUSINESS_UNIT_ID,
                Map.of("MasterLabel", EmulatorDefaults.BUSINESS_UNIT_NAME));
    }

    synchronized SObjectRecord create(ToolingObjectType type, Map<String, Object> body) {
        return insert(type, newId(type), body);
    }

    /** Creates a record under a chosen id (seeding business units with known ids). */
    synchronized SObjectRecord create(ToolingObjectType type, String id, Map<String, Object> body) {
        if (get(type, id).isPresent()) {
            throw ToolingError.badRequest("DUPLICATE_VALUE", "duplicate value found: Id duplicates value on record with id: " + id, "Id");
        }
        return insert(type, id, body);
    }

    synchronized SObjectRecord update(ToolingObjectType type, String id, Map<String, Object> body) {
        SObjectRecord existing = get(type, id).orElseThrow(ToolingError::notFound);
        Map<String, Object> changes = writableValues(type, body, false);
        Map<String, Object> merged = new LinkedHashMap<>(existing.fields());
        merged.putAll(changes);
        validate(type, id, merged, changes.keySet().stream().toList());
        changes.put("LastModifiedDate", now());
        SObjectRecord updated = existing.with(changes);
        records.get(type).put(id, updated);
        return updated;
    }

    synchronized void delete(ToolingObjectType type, String id) {
        if (records.get(type).remove(id) == null) {
            throw ToolingError.notFound();
        }
    }

    Optional<SObjectRecord> get(ToolingObjectType type, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(records.get(type).get(id));
    }

    /** All records of one object, oldest first. */
    List<SObjectRecord> list(ToolingObjectType type) {
        return new ArrayList<>(records.get(type).values());
    }

    /** Salesforce compares API names without regard to case. */
    Optional<SObjectRecord> byDeveloperName(ToolingObjectType type, String developerName) {
        for (SObjectRecord record : records.get(type).values()) {
            if (developerName.equalsIgnoreCase(record.text("DeveloperName"))) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    Optional<SObjectRecord> activityType(String extensionId, String developerName) {
        for (SObjectRecord record : records.get(ToolingObjectType.MARKETING_APP_EXT_ACTIVITY).values()) {
            if (extensionId.equals(record.text("MarketingAppExtensionId"))
                    && developerName.equalsIgnoreCase(record.text("DeveloperName"))) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    Optional<SObjectRecord> assignment(String extensionId, String businessUnitId) {
        for (SObjectRecord record : records.get(ToolingObjectType.MARKETING_APP_EXT_ASSIGNMENT).values()) {
            if (extensionId.equals(record.text("MarketingAppExtensionId"))
                    && businessUnitId.equals(record.text("ParentId"))) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private SObjectRecord insert(ToolingObjectType type, String id, Map<String, Object> body) {
        Map<String, Object> given = writableValues(type, body, true);
        Map<String, Object> values = new LinkedHashMap<>();
        String now = now();
        for (FieldSpec spec : type.fields()) {
            Object value = given.containsKey(spec.name()) ? given.get(spec.name()) : spec.defaultValue();
            values.put(spec.name(), value);
        }
        values.put("Id", id);
        values.put("CreatedDate", now);
        values.put("LastModifiedDate", now);
        if (type == ToolingObjectType.PARDOT_TENANT) {
            if (values.get("PardotTenantName") == null) {
                values.put("PardotTenantName", values.get("MasterLabel"));
            }
            if (values.get("InitialPardotAdminId") == null) {
                values.put("InitialPardotAdminId", EmulatorDefaults.USER_ID);
            }
            // the Account Engagement account behind the unit; the real numbering is unknown
            values.put("PardotTenantId", Long.toString(nextTenantNumber++));
        }
        if (type.hasDeveloperName() && values.get("DeveloperName") == null && values.get("MasterLabel") instanceof String) {
            values.put("DeveloperName", DeveloperNames.fromLabel((String) values.get("MasterLabel"),
                    name -> byDeveloperName(type, name).isPresent()));
        }
        validate(type, id, values, List.copyOf(values.keySet()));
        SObjectRecord record = new SObjectRecord(type, id, values);
        records.get(type).put(id, record);
        return record;
    }

    /** The fields of a request body, by canonical name, converted to their types; rejects fields it may not set. */
    private static Map<String, Object> writableValues(ToolingObjectType type, Map<String, Object> body, boolean create) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : body.entrySet()) {
            if (entry.getKey().equalsIgnoreCase("attributes")) {
                continue; // Salesforce tolerates the attributes block a GET returned
            }
            FieldSpec spec = type.field(entry.getKey()).orElseThrow(() -> ToolingError.badRequest("INVALID_FIELD",
                    "No such column '" + entry.getKey() + "' on sobject of type " + type.apiName()));
            if (create ? !spec.createable() : !spec.updateable()) {
                throw ToolingError.badRequest("INVALID_FIELD_FOR_INSERT_UPDATE", "Unable to " + (create ? "create" : "update")
                        + " fields: " + spec.name() + ". Please check the security settings of this field and verify that it is"
                        + " read/write for your profile or permission set.", spec.name());
            }
            values.put(spec.name(), convert(spec, entry.getValue()));
        }
        return values;
    }

    private static Object convert(FieldSpec spec, Object value) {
        if (value == null) {
            if (spec.type() == FieldType.BOOLEAN) {
                throw ToolingError.badRequest("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + spec.name() + "]", spec.name());
            }
            return null;
        }
        if (spec.type() == FieldType.BOOLEAN) {
            if (value instanceof Boolean) {
                return value;
            }
            if ("true".equalsIgnoreCase(value.toString()) || "false".equalsIgnoreCase(value.toString())) {
                return Boolean.valueOf(value.toString().toLowerCase(Locale.ROOT));
            }
            throw ToolingError.badRequest("JSON_PARSER_ERROR", "Cannot deserialize instance of boolean from value "
                    + Json.write(value) + " for field " + spec.name(), spec.name());
        }
        if (value instanceof Map || value instanceof List) {
            throw ToolingError.badRequest("JSON_PARSER_ERROR", "Cannot deserialize instance of string from "
                    + (value instanceof Map ? "START_OBJECT" : "START_ARRAY") + " value for field " + spec.name(), spec.name());
        }
        return value.toString();
    }

    /** Checks the complete values of a record about to be stored; {@code changed} are the fields to check. */
    private void validate(ToolingObjectType type, String id, Map<String, Object> values, List<String> changed) {
        for (FieldSpec spec : type.fields()) {
            Object value = values.get(spec.name());
            if (spec.required() && (value == null || value.toString().isBlank())) {
                throw ToolingError.badRequest("REQUIRED_FIELD_MISSING", "Required fields are missing: [" + spec.name() + "]", spec.name());
            }
        }
        for (String field : changed) {
            FieldSpec spec = type.field(field).orElseThrow();
            Object value = values.get(field);
            if (value == null) {
                continue;
            }
            if (spec.type() == FieldType.PICKLIST && spec.name().equals("Language")
                    && !ToolingObjectType.LANGUAGES.contains(value.toString())) {
                throw ToolingError.badRequest("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST",
                        "Language: bad value for restricted picklist field: " + value, "Language");
            }
            if (spec.type() == FieldType.REFERENCE) {
                checkReference(spec, value.toString());
            }
            if (spec.name().equals("DeveloperName")) {
                checkDeveloperName(type, id, value.toString());
            }
        }
        if (type == ToolingObjectType.MARKETING_APP_EXT_ASSIGNMENT) {
            SObjectRecord duplicate = assignment(values.get("MarketingAppExtensionId").toString(),
                    values.get("ParentId").toString()).orElse(null);
            if (duplicate != null && !duplicate.id().equals(id)) {
                throw ToolingError.badRequest("DUPLICATE_VALUE", "duplicate value found: this extension is already assigned to"
                        + " business unit " + values.get("ParentId") + " (assignment " + duplicate.id() + ")",
                        "MarketingAppExtensionId", "ParentId");
            }
        }
    }

    private void checkReference(FieldSpec spec, String value) {
        if (spec.referenceTo().equals("User")) {
            // the emulator has one user, the integration user of the identity URL
            if (!value.equals(EmulatorDefaults.USER_ID)) {
                throw ToolingError.badRequest("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id: the only"
                        + " user is " + EmulatorDefaults.USER_ID, spec.name());
            }
            return;
        }
        ToolingObjectType target = ToolingObjectType.byApiName(spec.referenceTo()).orElseThrow();
        if (value.length() != 18 || !value.startsWith(target.idPrefix())) {
            throw ToolingError.badRequest("MALFORMED_ID", spec.name() + ": id value of incorrect type: " + value, spec.name());
        }
        if (get(target, value).isEmpty()) {
            throw ToolingError.badRequest("INVALID_CROSS_REFERENCE_KEY", "invalid cross reference id: no "
                    + target.apiName() + " has the id " + value, spec.name());
        }
    }

    /**
     * Unique per object, ignoring case. The error code Salesforce gives a duplicate is UNCONFIRMED
     * (DUPLICATE_DEVELOPER_NAME or DUPLICATE_VALUE); the emulator uses DUPLICATE_DEVELOPER_NAME.
     */
    private void checkDeveloperName(ToolingObjectType type, String id, String name) {
        String violation = DeveloperNames.violation(name);
        if (violation != null) {
            throw ToolingError.badRequest("FIELD_INTEGRITY_EXCEPTION", violation, "DeveloperName");
        }
        Optional<SObjectRecord> holder = byDeveloperName(type, name);
        if (holder.isPresent() && !holder.get().id().equals(id)) {
            throw ToolingError.badRequest("DUPLICATE_DEVELOPER_NAME", "Use a unique API name. '" + name
                    + "' is already used by " + type.apiName() + " " + holder.get().id() + ".", "DeveloperName");
        }
    }

    /** Salesforce-shaped: 3-character key prefix, then "EMULATOR", a base-36 serial and a fixed suffix (18 in all). */
    private String newId(ToolingObjectType type) {
        String id;
        do {
            String serial = Long.toString(nextIdNumber++, 36).toUpperCase(Locale.ROOT);
            id = type.idPrefix() + "EMULATOR" + "0".repeat(Math.max(0, 5 - serial.length())) + serial + "AA";
        } while (records.get(type).containsKey(id)); // a seeded business unit may have taken it
        return id;
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).format(SALESFORCE_DATETIME);
    }
}
