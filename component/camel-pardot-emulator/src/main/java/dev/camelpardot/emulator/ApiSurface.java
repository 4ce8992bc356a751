package dev.camelpardot.emulator;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two Salesforce REST APIs under {@code /services/data/vNN.N/} that serve the emulator's objects: the Tooling
 * API ({@code tooling/}, all four objects) and the REST data API (the version root, PardotTenant only: how most
 * tools list the business units). They share resources, SOQL and errors; they differ in their base path, which
 * objects they serve and the envelope of a query result.
 */
enum ApiSurface {

    TOOLING("/tooling", EnumSet.allOf(ToolingObjectType.class)),
    DATA("", EnumSet.of(ToolingObjectType.PARDOT_TENANT));

    private final String segment;
    private final Set<ToolingObjectType> types;

    ApiSurface(String segment, Set<ToolingObjectType> types) {
        this.segment = segment;
        this.types = types;
    }

    /** E.g. {@code /services/data/v60.0/tooling}. */
    String basePath(String version) {
        return "/services/data/v" + version + segment;
    }

    Optional<ToolingObjectType> type(String apiName) {
        return ToolingObjectType.byApiName(apiName).filter(types::contains);
    }

    Set<ToolingObjectType> types() {
        return types;
    }

    /** The Tooling API adds size, queryLocator and entityTypeName to the data API's totalSize, done, records. */
    Map<String, Object> queryResult(ToolingObjectType type, List<Object> records) {
        Map<String, Object> result = new LinkedHashMap<>();
        if (this == TOOLING) {
            result.put("size", records.size());
        }
        result.put("totalSize", records.size());
        result.put("done", true);
        if (this == TOOLING) {
            result.put("queryLocator", null);
            result.put("entityTypeName", type.apiName());
        }
        result.put("records", records);
        return result;
    }
}
