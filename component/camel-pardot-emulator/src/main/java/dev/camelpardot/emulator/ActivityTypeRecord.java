package dev.camelpardot.emulator;

/** A MarketingAppExtActivity (an activity type of an extension) as the emulator stores it. */
public record ActivityTypeRecord(String id, String extensionId, String developerName, String label,
        String description, boolean active) {

    static ActivityTypeRecord of(SObjectRecord record) {
        return new ActivityTypeRecord(record.id(), record.text("MarketingAppExtensionId"), record.text("DeveloperName"),
                record.text("MasterLabel"), record.text("Description"), record.flag("IsActive"));
    }
}
