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
 * @param active        null: unchanged ({@link #builder} defaults it to true)
 * @param activityTypes the types to create or update; never null
 * @param assign        assign the extension to the component's business unit (default true)
 */
public record ExtensionSetup(String developerName, String label, String description, Boolean active,
                             List<ActivityTypeSetup> activityTypes, boolean assign) {

    public ExtensionSetup {
        activityTypes = activityTypes == null ? List.of() : List.copyOf(activityTypes);
    }

    /** Starts an active extension that is assigned to the business unit. */
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
