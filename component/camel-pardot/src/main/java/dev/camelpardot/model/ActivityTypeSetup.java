package dev.camelpardot.model;

/**
 * The desired state of one activity type in an {@link ExtensionSetup}. A null {@code label} defaults to the
 * developer name on create and is left alone on an existing type; a null {@code description} or {@code active} is
 * left alone ({@link #of} sets {@code active} to true: a type in a setup is meant to be used).
 */
public record ActivityTypeSetup(String developerName, String label, String description, Boolean active) {

    /** An active type labelled {@code label}. */
    public static ActivityTypeSetup of(String developerName, String label) {
        return new ActivityTypeSetup(developerName, label, null, Boolean.TRUE);
    }
}
