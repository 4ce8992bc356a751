package dev.camelpardot.model;

/**
 * The assignment of an extension to a business unit (Tooling object MarketingAppExtAssignment): activities of the
 * extension land only in that business unit.
 *
 * @param id             the record id ({@code 0XO...})
 * @param extensionId    MarketingAppExtensionId
 * @param businessUnitId ParentId: the PardotTenant id ({@code 0Uv...})
 */
public record ExtensionAssignment(String id, String extensionId, String businessUnitId) {
}
