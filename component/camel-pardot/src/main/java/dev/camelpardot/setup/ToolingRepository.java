package dev.camelpardot.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelpardot.api.ApiResponse;
import dev.camelpardot.api.PardotApi;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionAssignment;
import dev.camelpardot.model.ModelJson;

/**
 * Typed, asynchronous access to the three setup objects and PardotTenant over the Tooling API. Names and ids are
 * checked before they are put into a query. Nothing here blocks: every method returns the transport's future.
 */
public final class ToolingRepository {

    private final PardotApi api;

    public ToolingRepository(PardotApi api) {
        this.api = api;
    }

    // ---- extensions

    public CompletableFuture<Optional<Extension>> findExtension(String developerName) {
        DeveloperNames.validate("developerName", developerName);
        return queryOne("SELECT " + ToolingRecords.EXTENSION_FIELDS + " FROM " + ToolingRecords.EXTENSION
                        + " WHERE " + Soql.eq(ToolingRecords.DEVELOPER_NAME, developerName),
                ToolingRecords::extension);
    }

    /** The extension by DeveloperName; a failed future with {@link PardotSetupException} when it is missing. */
    public CompletableFuture<Extension> requireExtension(String developerName) {
        return findExtension(developerName).thenApply(found -> found.orElseThrow(
                () -> new PardotSetupException("extension '" + developerName + "' does not exist: create it first"
                                               + " (pardot:extension?operation=ensure&developerName=" + developerName + ")")));
    }

    public CompletableFuture<List<Extension>> listExtensions() {
        return query("SELECT " + ToolingRecords.EXTENSION_FIELDS + " FROM " + ToolingRecords.EXTENSION
                     + " ORDER BY DeveloperName", ToolingRecords::extension);
    }

    public CompletableFuture<Extension> getExtension(String id) {
        return get(ToolingRecords.EXTENSION, id, ToolingRecords::extension);
    }

    /** @return the new record's id */
    public CompletableFuture<String> createExtension(Extension extension) {
        return create(ToolingRecords.EXTENSION, ToolingRecords.createBody(extension));
    }

    /** PATCHes the given Tooling fields (e.g. MasterLabel, IsActive). */
    public CompletableFuture<Void> updateExtension(String id, Map<String, Object> fields) {
        return update(ToolingRecords.EXTENSION, id, fields);
    }

    // ---- activity types

    public CompletableFuture<List<ActivityType>> listActivityTypes(String extensionId) {
        Soql.recordId("extensionId", extensionId);
        return query("SELECT " + ToolingRecords.ACTIVITY_TYPE_FIELDS + " FROM " + ToolingRecords.ACTIVITY_TYPE
                     + " WHERE " + Soql.eq(ToolingRecords.EXTENSION_ID, extensionId) + " ORDER BY DeveloperName",
                ToolingRecords::activityType);
    }

    public CompletableFuture<Optional<ActivityType>> findActivityType(String extensionId, String developerName) {
        Soql.recordId("extensionId", extensionId);
        DeveloperNames.validate("developerName", developerName);
        return queryOne("SELECT " + ToolingRecords.ACTIVITY_TYPE_FIELDS + " FROM " + ToolingRecords.ACTIVITY_TYPE
                        + " WHERE " + Soql.eq(ToolingRecords.EXTENSION_ID, extensionId)
                        + " AND " + Soql.eq(ToolingRecords.DEVELOPER_NAME, developerName),
                ToolingRecords::activityType);
    }

    public CompletableFuture<ActivityType> getActivityType(String id) {
        return get(ToolingRecords.ACTIVITY_TYPE, id, ToolingRecords::activityType);
    }

    public CompletableFuture<String> createActivityType(ActivityType type) {
        return create(ToolingRecords.ACTIVITY_TYPE, ToolingRecords.createBody(type));
    }

    public CompletableFuture<Void> updateActivityType(String id, Map<String, Object> fields) {
        return update(ToolingRecords.ACTIVITY_TYPE, id, fields);
    }

    // ---- business units and assignments

    /** @return the PardotTenant record id when a business unit with this id exists */
    public CompletableFuture<Optional<String>> findBusinessUnit(String businessUnitId) {
        Soql.recordId("businessUnitId", businessUnitId);
        return queryOne("SELECT Id FROM " + ToolingRecords.TENANT + " WHERE " + Soql.eq(ToolingRecords.ID, businessUnitId),
                record -> ModelJson.text(record, ToolingRecords.ID));
    }

    public CompletableFuture<Optional<ExtensionAssignment>> findAssignment(String extensionId, String businessUnitId) {
        Soql.recordId("extensionId", extensionId);
        Soql.recordId("businessUnitId", businessUnitId);
        return queryOne("SELECT " + ToolingRecords.ASSIGNMENT_FIELDS + " FROM " + ToolingRecords.ASSIGNMENT
                        + " WHERE " + Soql.eq(ToolingRecords.EXTENSION_ID, extensionId)
                        + " AND " + Soql.eq(ToolingRecords.PARENT_ID, businessUnitId),
                ToolingRecords::assignment);
    }

    public CompletableFuture<String> createAssignment(String extensionId, String businessUnitId) {
        return create(ToolingRecords.ASSIGNMENT, ToolingRecords.assignmentBody(extensionId, businessUnitId));
    }

    public CompletableFuture<Void> deleteAssignment(String id) {
        Soql.recordId("id", id);
        return api.toolingDelete(ToolingRecords.ASSIGNMENT, id).thenApply(r -> null);
    }

    // ---- helpers

    private <T> CompletableFuture<T> get(String sobject, String id, Function<JsonNode, T> mapper) {
        Soql.recordId("id", id);
        return api.toolingGet(sobject, id).thenApply(r -> mapper.apply(json(r)));
    }

    /** @return the new record's id */
    private CompletableFuture<String> create(String sobject, String body) {
        return api.toolingCreate(sobject, body).thenApply(ToolingRepository::createdId);
    }

    private CompletableFuture<Void> update(String sobject, String id, Map<String, Object> fields) {
        Soql.recordId("id", id);
        return api.toolingUpdate(sobject, id, ToolingRecords.body(fields)).thenApply(r -> null);
    }

    private <T> CompletableFuture<List<T>> query(String soql, Function<JsonNode, T> mapper) {
        return api.toolingQuery(soql).thenCompose(first -> collect(first, new ArrayList<>()))
                .thenApply(records -> records.stream().map(mapper).collect(Collectors.toList()));
    }

    /** Adds this batch's records and follows nextRecordsUrl until the result is done. */
    private CompletableFuture<List<JsonNode>> collect(ApiResponse response, List<JsonNode> into) {
        JsonNode body = json(response);
        into.addAll(ToolingRecords.records(body));
        String next = ModelJson.text(body, "nextRecordsUrl");
        boolean done = body == null || !body.has("done") || body.get("done").asBoolean(true);
        if (done || next == null) {
            return CompletableFuture.completedFuture(into);
        }
        return api.toolingQueryMore(next).thenCompose(more -> collect(more, into));
    }

    private <T> CompletableFuture<Optional<T>> queryOne(String soql, Function<JsonNode, T> mapper) {
        return query(soql, mapper).thenApply(list -> list.isEmpty() ? Optional.empty() : Optional.of(list.get(0)));
    }

    private static JsonNode json(ApiResponse response) {
        return ModelJson.parse(response.body());
    }

    private static String createdId(ApiResponse response) {
        String id = ModelJson.text(json(response), "id");
        if (id == null) {
            throw new IllegalStateException("the Tooling API answered a create with HTTP " + response.status()
                                            + " but no record id");
        }
        return id;
    }
}
