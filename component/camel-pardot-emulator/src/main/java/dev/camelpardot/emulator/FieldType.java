package dev.camelpardot.emulator;

/** Salesforce field types the emulated Tooling objects use. */
enum FieldType {
    ID, STRING, TEXTAREA, BOOLEAN, PICKLIST, REFERENCE, DATETIME
}
