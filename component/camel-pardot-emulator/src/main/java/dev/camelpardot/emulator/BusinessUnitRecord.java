package dev.camelpardot.emulator;

/** A PardotTenant (Account Engagement business unit). */
public record BusinessUnitRecord(String id, String name) {

    static BusinessUnitRecord of(SObjectRecord record) {
        return new BusinessUnitRecord(record.id(), record.text("PardotTenantName"));
    }
}
