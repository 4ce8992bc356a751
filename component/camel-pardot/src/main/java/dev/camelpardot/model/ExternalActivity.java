package dev.camelpardot.model;

import java.time.OffsetDateTime;

/**
 * One external activity: something a prospect did in a third-party system, reported to Account Engagement.
 * <p>
 * {@code extension} and {@code type} are the DeveloperNames of the extension and its activity type, {@code email}
 * picks the prospect, {@code value} is free text of at most 100 characters and {@code activityDate} (optional)
 * back-dates the activity. {@code id} and {@code createdAt} are filled only on activities Account Engagement
 * returned; they are never sent.
 */
public record ExternalActivity(String id, String extension, String type, String email, String value,
                               OffsetDateTime activityDate, OffsetDateTime createdAt) {

    /** The most characters Account Engagement accepts in {@code value}. */
    public static final int MAX_VALUE_LENGTH = 100;

    /** An activity to send, dated now by Account Engagement. */
    public static ExternalActivity of(String extension, String type, String email, String value) {
        return new ExternalActivity(null, extension, type, email, value, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).extension(extension).type(type).email(email).value(value)
                .activityDate(activityDate).createdAt(createdAt);
    }

    public ExternalActivity withActivityDate(OffsetDateTime date) {
        return toBuilder().activityDate(date).build();
    }

    /** Builds an {@link ExternalActivity} field by field. */
    public static final class Builder {
        private String id;
        private String extension;
        private String type;
        private String email;
        private String value;
        private OffsetDateTime activityDate;
        private OffsetDateTime createdAt;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder extension(String extension) {
            this.extension = extension;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder value(String value) {
            this.value = value;
            return this;
        }

        public Builder activityDate(OffsetDateTime activityDate) {
            this.activityDate = activityDate;
            return this;
        }

        public Builder createdAt(OffsetDateTime createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public ExternalActivity build() {
            return new ExternalActivity(id, extension, type, email, value, activityDate, createdAt);
        }
    }
}
