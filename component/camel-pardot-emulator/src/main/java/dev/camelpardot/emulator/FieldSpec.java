package dev.camelpardot.emulator;

/**
 * One field of an emulated Tooling object: its type, whether the API may set it on create and on update,
 * whether create requires it, its default, and for a lookup the object it points to and the relationship name.
 */
record FieldSpec(String name, FieldType type, boolean createable, boolean updateable, boolean required,
        Object defaultValue, String referenceTo, String relationshipName) {

    /** Set by the emulator only. */
    static FieldSpec readOnly(String name, FieldType type, Object defaultValue) {
        return new FieldSpec(name, type, false, false, false, defaultValue, null, null);
    }

    static FieldSpec editable(String name, FieldType type) {
        return new FieldSpec(name, type, true, true, false, null, null, null);
    }

    static FieldSpec lookup(String name, String referenceTo, String relationshipName) {
        return new FieldSpec(name, FieldType.REFERENCE, true, true, true, null, referenceTo, relationshipName);
    }

    FieldSpec mandatory() {
        return new FieldSpec(name, type, createable, updateable, true, defaultValue, referenceTo, relationshipName);
    }

    /** A lookup create may leave out. */
    FieldSpec optional() {
        return new FieldSpec(name, type, createable, updateable, false, defaultValue, referenceTo, relationshipName);
    }

    FieldSpec notUpdateable() {
        return new FieldSpec(name, type, createable, false, required, defaultValue, referenceTo, relationshipName);
    }

    FieldSpec withDefault(Object value) {
        return new FieldSpec(name, type, createable, updateable, required, value, referenceTo, relationshipName);
    }
}
