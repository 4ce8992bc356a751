package dev.camelpardot.emulator;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.camelpardot.emulator.FieldSpec.editable;
import static dev.camelpardot.emulator.FieldSpec.lookup;
import static dev.camelpardot.emulator.FieldSpec.readOnly;
import static dev.camelpardot.emulator.FieldType.BOOLEAN;
import static dev.camelpardot.emulator.FieldType.DATETIME;
import static dev.camelpardot.emulator.FieldType.ID;
import static dev.camelpardot.emulator.FieldType.PICKLIST;
import static dev.camelpardot.emulator.FieldType.STRING;
import static dev.camelpardot.emulator.FieldType.TEXTAREA;

/**
 * The four Tooling objects the emulator serves, with the fields and REST methods of the Tooling API reference.
 * Where the reference lists no Create/Update property for a field the API plainly writes (MarketingAppExtension),
 * the fields the Setup UI edits are treated as writable. PardotTenant is also served by the REST data API.
 */
enum ToolingObjectType {

    MARKETING_APP_EXTENSION("MarketingAppExtension", "Marketing App Extension", "0XM", List.of("GET", "PATCH", "POST"), List.of(
            readOnly("Id", ID, null),
            editable("DeveloperName", STRING),
            editable("MasterLabel", STRING).mandatory(),
            editable("Description", TEXTAREA),
            editable("IsActive", BOOLEAN).withDefault(false),
            editable("Language", PICKLIST).withDefault("en_US"),
            readOnly("NamespacePrefix", STRING, null),
            readOnly("ManageableState", PICKLIST, "unmanaged"),
            readOnly("CreatedDate", DATETIME, null),
            readOnly("LastModifiedDate", DATETIME, null))),

    MARKETING_APP_EXT_ACTIVITY("MarketingAppExtActivity", "Marketing App Extension Activity", "0XN",
            List.of("GET", "HEAD", "PATCH", "POST"), List.of(
            readOnly("Id", ID, null),
            lookup("MarketingAppExtensionId", "MarketingAppExtension", "MarketingAppExtension").notUpdateable(),
            editable("DeveloperName", STRING),
            editable("MasterLabel", STRING).mandatory(),
            editable("Description", TEXTAREA),
            editable("IsActive", BOOLEAN).withDefault(false),
            readOnly("Language", PICKLIST, "en_US"),
            readOnly("EndpointUrl", STRING, null),
            readOnly("NamespacePrefix", STRING, null),
            readOnly("ManageableState", PICKLIST, "unmanaged"),
            readOnly("CreatedDate", DATETIME, null),
            readOnly("LastModifiedDate", DATETIME, null))),

    MARKETING_APP_EXT_ASSIGNMENT("MarketingAppExtAssignment", "Marketing App Extension Assignment", "0XO",
            List.of("DELETE", "GET", "HEAD", "PATCH", "POST"), List.of(
            readOnly("Id", ID, null),
            lookup("MarketingAppExtensionId", "MarketingAppExtension", "MarketingAppExtension"),
            lookup("ParentId", "PardotTenant", "Parent"),
            readOnly("CreatedDate", DATETIME, null),
            readOnly("LastModifiedDate", DATETIME, null))),

    PARDOT_TENANT("PardotTenant", "Account Engagement Business Unit", "0Uv", List.of("GET", "HEAD", "PATCH", "POST"), List.of(
            readOnly("Id", ID, null),
            editable("DeveloperName", STRING),
            editable("MasterLabel", STRING).mandatory(),
            editable("PardotTenantName", STRING),
            // emulated business units are usable at once: Created, not the documented default Creating
            readOnly("CreationStatus", PICKLIST, "Created"),
            lookup("InitialPardotAdminId", "User", "InitialPardotAdmin").optional().notUpdateable(),
            readOnly("PardotTenantId", STRING, null),
            readOnly("PardotTenantStatusCode", PICKLIST, null),
            readOnly("Language", PICKLIST, "en_US"),
            readOnly("CreatedDate", DATETIME, null),
            readOnly("LastModifiedDate", DATETIME, null)));

    /** The restricted picklist of Language on these objects. */
    static final Set<String> LANGUAGES = Set.of("da", "de", "en_US", "es", "es_MX", "fi", "fr", "it", "ja", "ko",
            "nl_NL", "no", "pt_BR", "ru", "sv", "th", "zh_CN", "zh_TW");

    private final String apiName;
    private final String label;
    private final String idPrefix;
    private final List<String> restMethods;
    private final List<FieldSpec> fields;

    ToolingObjectType(String apiName, String label, String idPrefix, List<String> restMethods, List<FieldSpec> fields) {
        this.apiName = apiName;
        this.label = label;
        this.idPrefix = idPrefix;
        this.restMethods = restMethods;
        this.fields = fields;
    }

    String apiName() {
        return apiName;
    }

    String label() {
        return label;
    }

    String idPrefix() {
        return idPrefix;
    }

    /** The "Supported REST API Methods" of the object's reference page, which a record's URL allows. */
    List<String> restMethods() {
        return restMethods;
    }

    /** Only the assignment can be deleted over Tooling REST; the others list no DELETE method. */
    boolean deletable() {
        return restMethods.contains("DELETE");
    }

    List<FieldSpec> fields() {
        return fields;
    }

    boolean hasDeveloperName() {
        return field("DeveloperName").isPresent();
    }

    /** A field by name, ignoring case as Salesforce does. */
    Optional<FieldSpec> field(String name) {
        for (FieldSpec spec : fields) {
            if (spec.name().equalsIgnoreCase(name)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** A lookup field by its relationship name (e.g. "Parent" for ParentId), ignoring case. */
    Optional<FieldSpec> relationship(String relationshipName) {
        for (FieldSpec spec : fields) {
            if (spec.relationshipName() != null && spec.relationshipName().equalsIgnoreCase(relationshipName)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    static Optional<ToolingObjectType> byApiName(String name) {
        for (ToolingObjectType type : values()) {
            if (type.apiName.equalsIgnoreCase(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
