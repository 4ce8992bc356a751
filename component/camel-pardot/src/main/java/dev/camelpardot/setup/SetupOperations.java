package dev.camelpardot.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.Extension;

/**
 * The plain record operations on extensions and activity types: create, get, list, update. Records are found by
 * id when one is given, else by DeveloperName (activity types within their extension). Inputs are checked before
 * any call.
 */
public final class SetupOperations {

    private final ToolingRepository repository;

    public SetupOperations(ToolingRepository repository) {
        this.repository = repository;
    }

    // ---- extensions

    /** Creates the extension (label defaults to the developer name); completes with it, id filled. */
    public CompletableFuture<Extension> createExtension(Extension extension) {
        DeveloperNames.validate("developerName", extension.developerName());
        Extension toCreate = new Extension(null, extension.developerName(),
                extension.label() != null ? extension.label() : extension.developerName(), extension.description(),
                extension.active());
        return repository.createExtension(toCreate).thenApply(toCreate::withId);
    }

    /** By id when given, else by DeveloperName; empty when no extension has that DeveloperName. */
    public CompletableFuture<Optional<Extension>> getExtension(String id, String developerName) {
        if (id != null) {
            return repository.getExtension(id).thenApply(Optional::of);
        }
        return repository.findExtension(DeveloperNames.validate("developerName", developerName));
    }

    public CompletableFuture<List<Extension>> listExtensions() {
        return repository.listExtensions();
    }

    /** PATCHes the non-null label, description and active of {@code changes}; completes with the record as it is after. */
    public CompletableFuture<Extension> updateExtension(Extension changes) {
        Map<String, Object> patch = patch(changes.label(), changes.description(), changes.active());
        CompletableFuture<String> id = changes.id() != null
                ? CompletableFuture.completedFuture(changes.id())
                : repository.requireExtension(DeveloperNames.validate("developerName", changes.developerName()))
                        .thenApply(Extension::id);
        return id.thenCompose(recordId -> repository.updateExtension(recordId, patch)
                .thenCompose(v -> repository.getExtension(recordId)));
    }

    // ---- activity types

    /** Creates the type under the extension (label defaults to the developer name); completes with it, id filled. */
    public CompletableFuture<ActivityType> createActivityType(String extensionDeveloperName, ActivityType type) {
        DeveloperNames.validate("extension", extensionDeveloperName);
        DeveloperNames.validate("developerName", type.developerName());
        return repository.requireExtension(extensionDeveloperName).thenCompose(extension -> {
            ActivityType toCreate = new ActivityType(null, extension.id(), type.developerName(),
                    type.label() != null ? type.label() : type.developerName(), type.description(), type.active());
            return repository.createActivityType(toCreate).thenApply(toCreate::withId);
        });
    }

    /** By id when given, else by DeveloperName within the extension; empty when there is no such type. */
    public CompletableFuture<Optional<ActivityType>> getActivityType(String id, String extensionDeveloperName,
                                                                     String developerName) {
        if (id != null) {
            return repository.getActivityType(id).thenApply(Optional::of);
        }
        DeveloperNames.validate("extension", extensionDeveloperName);
        DeveloperNames.validate("developerName", developerName);
        return repository.requireExtension(extensionDeveloperName)
                .thenCompose(extension -> repository.findActivityType(extension.id(), developerName));
    }

    public CompletableFuture<List<ActivityType>> listActivityTypes(String extensionDeveloperName) {
        DeveloperNames.validate("extension", extensionDeveloperName);
        return repository.requireExtension(extensionDeveloperName)
                .thenCompose(extension -> repository.listActivityTypes(extension.id()));
    }

    /** PATCHes the non-null label, description and active; completes with the record as it is after. */
    public CompletableFuture<ActivityType> updateActivityType(String extensionDeveloperName, ActivityType changes) {
        Map<String, Object> patch = patch(changes.label(), changes.description(), changes.active());
        CompletableFuture<String> id;
        if (changes.id() != null) {
            id = CompletableFuture.completedFuture(changes.id());
        } else {
            id = getActivityType(null, extensionDeveloperName, changes.developerName())
                    .thenApply(found -> found.orElseThrow(() -> new PardotSetupException("activity type '"
                            + changes.developerName() + "' does not exist under extension '" + extensionDeveloperName
                            + "': create it first")).id());
        }
        return id.thenCompose(recordId -> repository.updateActivityType(recordId, patch)
                .thenCompose(v -> repository.getActivityType(recordId)));
    }

    private static Map<String, Object> patch(String label, String description, Boolean active) {
        Map<String, Object> patch = new LinkedHashMap<>();
        if (label != null) {
            patch.put(ToolingRecords.LABEL, label);
        }
        if (description != null) {
            patch.put(ToolingRecords.DESCRIPTION, description);
        }
        if (active != null) {
            patch.put(ToolingRecords.ACTIVE, active);
        }
        if (patch.isEmpty()) {
            throw new PardotValidationException("label", "update has nothing to change: set label, description or"
                    + " active (options, or fields of the body)");
        }
        return patch;
    }
}
