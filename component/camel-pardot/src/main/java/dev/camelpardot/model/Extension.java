package dev.camelpardot.model;

/**
 * A marketing app extension (Tooling object MarketingAppExtension): one integration that reports external
 * activities. {@code developerName} is what activities carry in {@code extension}; {@code active} is "Active in
 * Automations". Fields left null are not sent on create or update.
 *
 * @param id            the 18-character record id ({@code 0XM...}), null before it is created
 * @param developerName the API name (DeveloperName)
 * @param label         the name shown in Setup (MasterLabel)
 * @param description   internal description
 * @param active        IsActive
 */
public record Extension(String id, String developerName, String label, String description, Boolean active) {

    public static Extension of(String developerName, String label) {
        return new Extension(null, developerName, label, null, null);
    }

    public Extension withId(String newId) {
        return new Extension(newId, developerName, label, description, active);
    }
}
