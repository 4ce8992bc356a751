package dev.camelpardot.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The describe results of the REST API for the emulator's objects: Describe Global ({@code sobjects/}), sObject
 * Basic Information ({@code sobjects/X}) and sObject Describe ({@code sobjects/X/describe}), with the members of
 * DescribeGlobalSObjectResult, DescribeSObjectResult and Field that clients read.
 */
final class SObjectDescribe {

    /** The values of the restricted picklists the emulator knows; other picklists describe no values. */
    private static final Map<String, List<String>> PICKLISTS = Map.of(
            "Language", List.copyOf(new TreeSet<>(ToolingObjectType.LANGUAGES)),
            "CreationStatus", List.of("Backfilled", "Created", "Creating", "Deleted", "Deleting", "Deprovisioned",
                    "Deprovisioning", "Error", "Updated", "Updating"),
            "PardotTenantStatusCode", List.of("InsufficientLicenseLimits", "InvalidRequest", "PardotAccountNotFound",
                    "UnknownError", "UsernameCollision"),
            "ManageableState", List.of("beta", "deleted", "deprecated", "deprecatedEditable", "installed",
                    "installedEditable", "released", "unmanaged"));

    private final ApiSurface surface;
    private final String version;

    SObjectDescribe(ApiSurface surface, String version) {
        this.surface = surface;
        this.version = version;
    }

    Map<String, Object> global() {
        List<Object> objects = new ArrayList<>();
        for (ToolingObjectType type : surface.types()) {
            objects.add(summary(type));
        }
        Map<String, Object> global = new LinkedHashMap<>();
        global.put("encoding", "UTF-8");
        global.put("maxBatchSize", 200);
        global.put("sobjects", objects);
        return global;
    }

    Map<String, Object> basicInformation(ToolingObjectType type) {
        Map<String, Object> information = new LinkedHashMap<>();
        information.put("objectDescribe", summary(type));
        information.put("recentItems", List.of());
        return information;
    }

    Map<String, Object> full(ToolingObjectType type) {
        Map<String, Object> describe = summary(type);
        List<Object> fields = new ArrayList<>();
        for (FieldSpec spec : type.fields()) {
            fields.add(field(spec));
        }
        describe.put("fields", fields);
        describe.put("childRelationships", List.of());
        describe.put("recordTypeInfos", List.of());
        describe.put("supportedScopes", List.of());
        return describe;
    }

    private Map<String, Object> summary(ToolingObjectType type) {
        boolean writable = type.restMethods().contains("POST");
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", type.apiName());
        summary.put("label", type.label());
        summary.put("labelPlural", type.label() + "s");
        summary.put("keyPrefix", type.idPrefix());
        summary.put("custom", false);
        summary.put("customSetting", false);
        summary.put("createable", writable);
        summary.put("updateable", type.restMethods().contains("PATCH"));
        summary.put("deletable", type.deletable());
        summary.put("queryable", true);
        summary.put("retrieveable", true);
        summary.put("searchable", false);
        summary.put("layoutable", false);
        summary.put("mergeable", false);
        summary.put("replicateable", false);
        summary.put("triggerable", false);
        summary.put("undeletable", false);
        summary.put("feedEnabled", false);
        summary.put("activateable", false);
        summary.put("deprecatedAndHidden", false);
        String base = surface.basePath(version) + "/sobjects/" + type.apiName();
        Map<String, Object> urls = new LinkedHashMap<>();
        urls.put("sobject", base);
        urls.put("describe", base + "/describe");
        urls.put("rowTemplate", base + "/{ID}");
        summary.put("urls", urls);
        return summary;
    }

    private static Map<String, Object> field(FieldSpec spec) {
        FieldType type = spec.type();
        boolean text = type == FieldType.STRING || type == FieldType.TEXTAREA || type == FieldType.PICKLIST;
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", spec.name());
        field.put("label", label(spec.name()));
        field.put("type", type.name().toLowerCase(Locale.ROOT));
        field.put("soapType", soapType(type));
        field.put("length", text ? length(spec) : 0);
        field.put("byteLength", text ? length(spec) * 3 : type == FieldType.ID || type == FieldType.REFERENCE ? 18 : 0);
        field.put("createable", spec.createable());
        field.put("updateable", spec.updateable());
        field.put("nillable", !spec.required() && type != FieldType.BOOLEAN && !spec.name().equals("Id"));
        field.put("defaultedOnCreate", spec.defaultValue() != null || spec.name().equals("Id")
                || spec.name().endsWith("Date") && type == FieldType.DATETIME);
        field.put("defaultValue", spec.defaultValue() instanceof Boolean ? spec.defaultValue() : null);
        field.put("filterable", type != FieldType.TEXTAREA);
        field.put("sortable", type != FieldType.TEXTAREA);
        field.put("groupable", type != FieldType.TEXTAREA && type != FieldType.DATETIME);
        field.put("idLookup", spec.name().equals("Id"));
        field.put("unique", false);
        field.put("externalId", false);
        field.put("custom", false);
        field.put("calculated", false);
        field.put("autoNumber", false);
        field.put("restrictedPicklist", PICKLISTS.containsKey(spec.name()));
        List<Object> values = new ArrayList<>();
        for (String value : PICKLISTS.getOrDefault(spec.name(), List.of())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("active", true);
            entry.put("defaultValue", value.equals(spec.defaultValue()));
            entry.put("label", value);
            entry.put("value", value);
            values.add(entry);
        }
        field.put("picklistValues", type == FieldType.PICKLIST ? values : List.of());
        field.put("referenceTo", spec.referenceTo() == null ? List.of() : List.of(spec.referenceTo()));
        field.put("relationshipName", spec.relationshipName());
        return field;
    }

    private static String soapType(FieldType type) {
        switch (type) {
            case ID:
            case REFERENCE:
                return "tns:ID";
            case BOOLEAN:
                return "xsd:boolean";
            case DATETIME:
                return "xsd:dateTime";
            default:
                return "xsd:string";
        }
    }

    /** DeveloperName's is the emulator's limit; the others are the usual Salesforce sizes. */
    private static int length(FieldSpec spec) {
        if (spec.name().equals("DeveloperName")) {
            return DeveloperNames.MAX_LENGTH;
        }
        return spec.type() == FieldType.TEXTAREA ? 32_768 : 255;
    }

    /** "MarketingAppExtensionId" → "Marketing App Extension ID", as Salesforce labels standard fields. */
    private static String label(String name) {
        if (name.equals("Id")) {
            return "Record ID";
        }
        String base = name.endsWith("Id") && name.length() > 2 ? name.substring(0, name.length() - 2) + "ID" : name;
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            boolean wordStart = i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(base.charAt(i - 1));
            if (wordStart) {
                label.append(' ');
            }
            label.append(c);
        }
        return label.toString().replace("I D", "ID");
    }
}
