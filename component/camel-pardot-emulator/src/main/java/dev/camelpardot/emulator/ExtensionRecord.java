package dev.camelpardot.emulator;

/** A MarketingAppExtension as the emulator stores it. */
public record ExtensionRecord(String id, String developerName, String label, String description, boolean active,
        String language) {

    static ExtensionRecord of(SObjectRecord record) {
        return new ExtensionRecord(record.id(), record.text("DeveloperName"), record.text("MasterLabel"),
                record.text("Description"), record.flag("IsActive"), record.text("Language"));
    }
}
