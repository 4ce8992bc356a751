package dev.camelpardot.setup;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.camelpardot.api.Futures;
import dev.camelpardot.api.PardotApiException;
import dev.camelpardot.api.PardotValidationException;
import dev.camelpardot.model.ActivityType;
import dev.camelpardot.model.ActivityTypeSetup;
import dev.camelpardot.model.Extension;
import dev.camelpardot.model.ExtensionSetup;
import dev.camelpardot.model.SetupChange;
import dev.camelpardot.model.SetupChange.Action;
import dev.camelpardot.model.SetupChange.Kind;
import dev.camelpardot.model.SetupReport;

/**
 * Converges the org's extension, activity types and business-unit assignment to a desired state, idempotently:
 * records are found by DeveloperName, created when missing and PATCHed only in the fields that differ, and every
 * step is reported. Running the same request twice changes nothing the second time, and two clients running it at
 * the same time (replicas starting together) both succeed: the one whose create loses the race converges on the
 * winner's record. Steps run one after another
 * (never blocking a thread), so the report's order is the order of the changes.
 */
public final class SetupService {

    private final ToolingRepository repository;
    private final String businessUnitId;

    /**
     * @param businessUnitId the business unit that {@link #assign} and {@link #unassign} act on (may be null when
     *                       those are not used)
     */
    public SetupService(ToolingRepository repository, String businessUnitId) {
        this.repository = repository;
        this.businessUnitId = businessUnitId;
    }

    /** This service acting on another business unit (itself when it is the same). */
    public SetupService forBusinessUnit(String otherBusinessUnitId) {
        return Objects.equals(otherBusinessUnitId, businessUnitId) ? this
                : new SetupService(repository, otherBusinessUnitId);
    }

    /** Finds the extension by DeveloperName, creates it when missing, PATCHes label, description, active when they differ. */
    public CompletableFuture<SetupReport> ensureExtension(Extension desired) {
        DeveloperNames.validate("developerName", desired.developerName());
        return ensureExtensionRecord(desired).thenApply(outcome -> SetupReport.of(outcome.change()));
    }

    /** The same for an activity type of the extension named {@code extensionDeveloperName}. */
    public CompletableFuture<SetupReport> ensureActivityType(String extensionDeveloperName, ActivityType desired) {
        DeveloperNames.validate("extension", extensionDeveloperName);
        DeveloperNames.validate("developerName", desired.developerName());
        return repository.requireExtension(extensionDeveloperName)
                .thenCompose(extension -> repository.findActivityType(extension.id(), desired.developerName())
                        .thenCompose(found -> ensureActivityTypeRecord(extension.id(), found, desired)))
                .thenApply(outcome -> SetupReport.of(outcome.change()));
    }

    /** Sets the activity type's active flag, when it is not already so. */
    public CompletableFuture<SetupReport> setActivityTypeActive(String extensionDeveloperName, String typeDeveloperName,
                                                                boolean active) {
        DeveloperNames.validate("developerName", typeDeveloperName);
        DeveloperNames.validate("extension", extensionDeveloperName);
        return repository.requireExtension(extensionDeveloperName)
                .thenCompose(extension -> repository.findActivityType(extension.id(), typeDeveloperName)
                        .thenApply(found -> found.orElseThrow(() -> new PardotSetupException("activity type '"
                                + typeDeveloperName + "' does not exist under extension '" + extensionDeveloperName
                                + "': create it first (pardot:activity-type?operation=ensure)")))
                        .thenCompose(type -> ensureActivityTypeRecord(extension.id(), Optional.of(type),
                                new ActivityType(null, null, typeDeveloperName, null, null, active))))
                .thenApply(outcome -> SetupReport.of(outcome.change()));
    }

    /** Assigns the extension to the business unit, unless it already is. */
    public CompletableFuture<SetupReport> assign(String extensionDeveloperName) {
        DeveloperNames.validate("developerName", extensionDeveloperName);
        requireBusinessUnit();
        return repository.requireExtension(extensionDeveloperName)
                .thenCompose(extension -> assignRecord(extension))
                .thenApply(SetupReport::of);
    }

    /** Deletes the extension's assignment to the business unit, when there is one. */
    public CompletableFuture<SetupReport> unassign(String extensionDeveloperName) {
        DeveloperNames.validate("developerName", extensionDeveloperName);
        requireBusinessUnit();
        return repository.requireExtension(extensionDeveloperName)
                .thenCompose(extension -> repository.findAssignment(extension.id(), businessUnitId)
                        .thenCompose(found -> {
                            if (found.isEmpty()) {
                                return CompletableFuture.completedFuture(new SetupChange(Kind.ASSIGNMENT,
                                        extension.developerName(), Action.UNCHANGED, null, List.of(),
                                        "not assigned to " + businessUnitId));
                            }
                            return repository.deleteAssignment(found.get().id())
                                    .thenApply(v -> new SetupChange(Kind.ASSIGNMENT, extension.developerName(),
                                            Action.DELETED, found.get().id(), List.of(),
                                            "unassigned from " + businessUnitId));
                        }))
                .thenApply(SetupReport::of);
    }

    /**
     * One-step setup: the extension, then each listed activity type, then (when {@code assign}) the assignment.
     * Types of the extension that are not listed are left alone.
     */
    public CompletableFuture<SetupReport> converge(ExtensionSetup setup) {
        validate(setup);
        if (setup.assign()) {
            requireBusinessUnit();
        }
        Extension desired = new Extension(null, setup.developerName(), setup.label(), setup.description(),
                setup.active());
        return ensureExtensionRecord(desired).thenCompose(extensionOutcome -> {
            Extension extension = extensionOutcome.record();
            SetupReport start = SetupReport.of(extensionOutcome.change());
            return repository.listActivityTypes(extension.id()).thenCompose(existingTypes -> {
                Map<String, ActivityType> byName = existingTypes.stream()
                        .collect(Collectors.toMap(ActivityType::developerName, Function.identity(), (a, b) -> a));
                CompletableFuture<SetupReport> chain = CompletableFuture.completedFuture(start);
                for (ActivityTypeSetup type : setup.activityTypes()) {
                    ActivityType wanted = new ActivityType(null, extension.id(), type.developerName(), type.label(),
                            type.description(), type.active());
                    chain = chain.thenCompose(report -> ensureActivityTypeRecord(extension.id(),
                            Optional.ofNullable(byName.get(type.developerName())), wanted)
                            .thenApply(outcome -> report.plus(outcome.change())));
                }
                if (setup.assign()) {
                    chain = chain.thenCompose(report -> assignRecord(extension).thenApply(report::plus));
                }
                return chain;
            });
        });
    }

    // ---- steps

    private CompletableFuture<Outcome<Extension>> ensureExtensionRecord(Extension desired) {
        return ensureExtensionRecord(desired, true);
    }

    /** @param mayHaveRaced true until a create lost a race: then the winner's record is converged on, once */
    private CompletableFuture<Outcome<Extension>> ensureExtensionRecord(Extension desired, boolean mayHaveRaced) {
        return repository.findExtension(desired.developerName()).thenCompose(found -> {
            if (found.isEmpty()) {
                Extension toCreate = new Extension(null, desired.developerName(),
                        desired.label() != null ? desired.label() : desired.developerName(), desired.description(),
                        desired.active());
                return repository.createExtension(toCreate).<Outcome<Extension>>thenApply(id -> new Outcome<>(
                        toCreate.withId(id), new SetupChange(Kind.EXTENSION, desired.developerName(), Action.CREATED,
                                id, List.of(), "created")))
                        .exceptionallyCompose(failure -> mayHaveRaced && createdMeanwhile(failure)
                                ? ensureExtensionRecord(desired, false) : CompletableFuture.failedFuture(failure));
            }
            Extension existing = found.get();
            FieldDiff diff = new FieldDiff()
                    .compare("label", ToolingRecords.LABEL, desired.label(), existing.label())
                    .compare("description", ToolingRecords.DESCRIPTION, desired.description(), existing.description())
                    .compare("active", ToolingRecords.ACTIVE, desired.active(), existing.active());
            if (diff.isEmpty()) {
                return CompletableFuture.completedFuture(new Outcome<>(existing, new SetupChange(Kind.EXTENSION,
                        existing.developerName(), Action.UNCHANGED, existing.id(), List.of(), null)));
            }
            Extension updated = new Extension(existing.id(), existing.developerName(),
                    orElse(desired.label(), existing.label()), orElse(desired.description(), existing.description()),
                    orElse(desired.active(), existing.active()));
            return repository.updateExtension(existing.id(), diff.patch()).thenApply(v -> new Outcome<>(updated,
                    new SetupChange(Kind.EXTENSION, existing.developerName(), Action.UPDATED, existing.id(),
                            diff.fields(), diff.detail())));
        });
    }

    private CompletableFuture<Outcome<ActivityType>> ensureActivityTypeRecord(String extensionId,
                                                                             Optional<ActivityType> found,
                                                                             ActivityType desired) {
        return ensureActivityTypeRecord(extensionId, found, desired, true);
    }

    private CompletableFuture<Outcome<ActivityType>> ensureActivityTypeRecord(String extensionId,
                                                                             Optional<ActivityType> found,
                                                                             ActivityType desired,
                                                                             boolean mayHaveRaced) {
        if (found.isEmpty()) {
            ActivityType toCreate = new ActivityType(null, extensionId, desired.developerName(),
                    desired.label() != null ? desired.label() : desired.developerName(), desired.description(),
                    desired.active());
            return repository.createActivityType(toCreate).<Outcome<ActivityType>>thenApply(id -> new Outcome<>(
                    toCreate.withId(id), new SetupChange(Kind.ACTIVITY_TYPE, desired.developerName(), Action.CREATED,
                            id, List.of(), "created")))
                    .exceptionallyCompose(failure -> mayHaveRaced && createdMeanwhile(failure)
                            ? repository.findActivityType(extensionId, desired.developerName())
                                    .thenCompose(winner -> ensureActivityTypeRecord(extensionId, winner, desired, false))
                            : CompletableFuture.failedFuture(failure));
        }
        ActivityType existing = found.get();
        FieldDiff diff = new FieldDiff()
                .compare("label", ToolingRecords.LABEL, desired.label(), existing.label())
                .compare("description", ToolingRecords.DESCRIPTION, desired.description(), existing.description())
                .compare("active", ToolingRecords.ACTIVE, desired.active(), existing.active());
        if (diff.isEmpty()) {
            return CompletableFuture.completedFuture(new Outcome<>(existing, new SetupChange(Kind.ACTIVITY_TYPE,
                    existing.developerName(), Action.UNCHANGED, existing.id(), List.of(), null)));
        }
        ActivityType updated = new ActivityType(existing.id(), existing.extensionId(), existing.developerName(),
                orElse(desired.label(), existing.label()), orElse(desired.description(), existing.description()),
                orElse(desired.active(), existing.active()));
        return repository.updateActivityType(existing.id(), diff.patch()).thenApply(v -> new Outcome<>(updated,
                new SetupChange(Kind.ACTIVITY_TYPE, existing.developerName(), Action.UPDATED, existing.id(),
                        diff.fields(), diff.detail())));
    }

    private CompletableFuture<SetupChange> assignRecord(Extension extension) {
        return repository.findBusinessUnit(businessUnitId).thenCompose(tenant -> {
            if (tenant.isEmpty()) {
                throw new PardotSetupException("business unit " + businessUnitId + " was not found (no PardotTenant"
                        + " with that id): check businessUnitId against Setup > Business Unit Setup, and that the"
                        + " Salesforce user can see it");
            }
            return repository.findAssignment(extension.id(), tenant.get()).thenCompose(found -> {
                if (found.isPresent()) {
                    return CompletableFuture.completedFuture(new SetupChange(Kind.ASSIGNMENT,
                            extension.developerName(), Action.UNCHANGED, found.get().id(), List.of(),
                            "assigned to " + businessUnitId));
                }
                return repository.createAssignment(extension.id(), tenant.get())
                        .thenApply(id -> new SetupChange(Kind.ASSIGNMENT, extension.developerName(), Action.CREATED,
                                id, List.of(), "assigned to " + businessUnitId))
                        .exceptionallyCompose(failure -> createdMeanwhile(failure)
                                ? repository.findAssignment(extension.id(), tenant.get()).thenApply(winner -> winner
                                        .map(a -> new SetupChange(Kind.ASSIGNMENT, extension.developerName(),
                                                Action.UNCHANGED, a.id(), List.of(), "assigned to " + businessUnitId))
                                        .orElseThrow(() -> new CompletionException(failure)))
                                : CompletableFuture.failedFuture(failure));
            });
        });
    }

    /**
     * The create was refused because the record exists: another client (a second replica starting at the same time)
     * created it between our lookup and our create. Ensure then converges on that record instead of failing.
     */
    private static boolean createdMeanwhile(Throwable failure) {
        return Futures.unwrap(failure) instanceof PardotApiException api
               && ("DUPLICATE_DEVELOPER_NAME".equals(api.getSalesforceErrorCode())
                   || "DUPLICATE_VALUE".equals(api.getSalesforceErrorCode()));
    }

    // ---- checks

    private void requireBusinessUnit() {
        if (businessUnitId == null || businessUnitId.isBlank()) {
            throw new PardotValidationException("businessUnitId", "businessUnitId is not set: assignment needs the"
                    + " business unit id (0Uv..., Setup > Business Unit Setup)");
        }
    }

    private static void validate(ExtensionSetup setup) {
        DeveloperNames.validate("developerName", setup.developerName());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < setup.activityTypes().size(); i++) {
            ActivityTypeSetup type = setup.activityTypes().get(i);
            if (type == null) {
                throw new PardotValidationException("activityTypes[" + i + "]", "activityTypes[" + i + "] is null:"
                        + " remove it or give it a developerName");
            }
            String field = "activityTypes[" + i + "].developerName";
            DeveloperNames.validate(field, type.developerName());
            if (!seen.add(type.developerName())) {
                throw new PardotValidationException(field, "activity type '" + type.developerName()
                        + "' is listed twice: list each type once");
            }
        }
    }

    private static <T> T orElse(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    /** A record as it is after a step, and what the step did. */
    private record Outcome<T>(T record, SetupChange change) {
    }
}
