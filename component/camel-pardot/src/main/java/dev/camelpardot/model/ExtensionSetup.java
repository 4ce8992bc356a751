package dev.camelpardot.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The desired state of an extension, its activity types and its business-unit assignment, for the one-step
 * {@code ensure}. Converging twice changes nothing the second time. Types not listed are left as they are.
 *
 * @param developerName the extension's DeveloperName (required)
 * @param label         MasterLabel; null: the developer name on create, unchanged otherwise
 * @param description   null: unchanged
 * @param active        null: not managed (a new record stays inactive, an existing one keeps its flag; the
 *                      {@code ensure} endpoint's option {@code active} fills it); {@link #builder} sets true
 * @param activityTypes the types to create or update; never null
 * @param assign        assign the extension to the business unit; {@link #builder} sets true, a Map or JSON body
 *                      without {@code assign} takes the {@code ensure} endpoint's option {@code assign} (not set:
 *                      false)
 */
public record ExtensionSetup(String developerName, String label, String description, Boolean active,
                             List<ActivityTypeSetup> activityTypes, boolean assign) {

    public ExtensionSetup {
        activityTypes = activityTypes == null ? List.of() : List.copyOf(activityTypes);
    }

    /**
     * Starts an active extension that is assigned to the business unit: the builder states both, so code that uses it
     * asks for them (call {@code active(null)} or {@code assign(false)} to leave them out).
     */
    public static Builder builder(String developerName) {
        return new Builder(developerName);
    }

    /** Builds an {@link ExtensionSetup}; defaults: active, assigned, label = developer name. */
    public static final class Builder {
        private final String developerName;
        private String label;
        private String description;
        private Boolean active = Boolean.TRUE;
        private final List<ActivityTypeSetup> activityTypes = new ArrayList<>();
        private boolean assign = true;

        private Builder(String developerName) {
            this.developerName = developerName;
        }

        public Builder label(String label) {
            this.label = label;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        public Builder assign(boolean assign) {
            this.assign = assign;
            return this;
        }

        public Builder activityType(ActivityTypeSetup type) {
            activityTypes.add(type);
            return this;
        }

        /** Adds an active type. */
        public Builder activityType(String typeDeveloperName, String typeLabel) {
            return activityType(ActivityTypeSetup.of(typeDeveloperName, typeLabel));
        }

        public ExtensionSetup build() {
            return new ExtensionSetup(developerName, label, description, active, activityTypes, assign);
        }
    }
}
