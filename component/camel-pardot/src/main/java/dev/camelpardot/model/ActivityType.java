package dev.camelpardot.model;

/**
 * An activity type of an extension (Tooling object MarketingAppExtActivity). {@code developerName} is what
 * activities carry in {@code type}. Fields left null are not sent on create or update.
 *
 * @param id            the 18-character record id ({@code 0XN...}), null before it is created
 * @param extensionId   the parent extension's record id (MarketingAppExtensionId; cannot change after create)
 * @param developerName the API name (DeveloperName)
 * @param label         the name shown in Setup (MasterLabel)
 * @param description   internal description
 * @param active        IsActive ("Active in Automations")
 */
public record ActivityType(String id, String extensionId, String developerName, String label, String description,
                           Boolean active) {

    public static ActivityType of(String developerName, String label) {
        return new ActivityType(null, null, developerName, label, null, null);
    }

    public ActivityType withId(String newId) {
        return new ActivityType(newId, extensionId, developerName, label, description, active);
    }

    public ActivityType withExtensionId(String newExtensionId) {
        return new ActivityType(id, newExtensionId, developerName, label, description, active);
    }
}
