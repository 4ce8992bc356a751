package dev.camelpardot.emulator;

/** A MarketingAppExtAssignment: the extension's activities go to this business unit. */
public record AssignmentRecord(String id, String extensionId, String businessUnitId) {

    static AssignmentRecord of(SObjectRecord record) {
        return new AssignmentRecord(record.id(), record.text("MarketingAppExtensionId"), record.text("ParentId"));
    }
}
