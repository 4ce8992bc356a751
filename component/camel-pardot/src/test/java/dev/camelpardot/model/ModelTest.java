package dev.camelpardot.model;

import dev.camelpardot.api.PardotValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Maps to model objects, the create request's JSON, validation and reports. */
class ModelTest {

    @Test
    void theCreateRequestCarriesOnlyTheDocumentedFields() {
        ExternalActivity activity = ExternalActivity.builder().id("not sent").extension("Webinar").type("Registered")
                .email("jane@example.com").value("v \"quoted\"")
                .activityDate(ActivityDates.toOffsetDateTime("2021-01-01T11:08:00-04:00")).build();

        assertThat(ModelJson.toCreateRequest(activity)).isEqualTo("{\"extension\":\"Webinar\",\"type\":\"Registered\","
                + "\"email\":\"jane@example.com\",\"value\":\"v \\\"quoted\\\"\",\"activityDate\":\"2021-01-01T11:08:00-04:00\"}");
        assertThat(ModelJson.toCreateRequest(activity.withActivityDate(null))).doesNotContain("activityDate");
    }

    @Test
    void validationNamesTheFieldAndTheFix() {
        ExternalActivity ok = ExternalActivity.of("Webinar", "Registered", "jane.doe+tag@sub.example.co.uk", "v");
        assertThat(ExternalActivityValidator.validate(ok)).isSameAs(ok);

        assertThatThrownBy(() -> ExternalActivityValidator.validate(ExternalActivity.of("W", "R", "a@example.com",
                "😀".repeat(101)))).hasMessageStartingWith("value is 101 characters");
        assertThat(ExternalActivityValidator.validate(ExternalActivity.of("W", "R", "a@example.com", "😀".repeat(100))))
                .as("characters, not UTF-16 units").isNotNull();
        assertThatThrownBy(() -> ExternalActivityValidator.validate(ExternalActivity.of("W", "R",
                "a".repeat(250) + "@example.com", "v"))).hasMessageContaining("at most 255");
        // the exact limits: 255 characters of e-mail and 100 of value are accepted, one more is not
        String longest = "a".repeat(243) + "@example.com";
        assertThat(longest).hasSize(ExternalActivityValidator.MAX_EMAIL_LENGTH);
        assertThat(ExternalActivityValidator.validate(ExternalActivity.of("W", "R", longest, "v")).email()).isEqualTo(longest);
        assertThatThrownBy(() -> ExternalActivityValidator.validate(ExternalActivity.of("W", "R", "a" + longest, "v")))
                .hasMessage("email is 256 characters; Account Engagement accepts at most 255: check the address");
        assertThat(ExternalActivityValidator.validate(ExternalActivity.of("W", "R", "a@example.com", "v".repeat(100)))
                .value()).hasSize(100);
        assertThatThrownBy(() -> ExternalActivityValidator.validate(ExternalActivity.of("W", "R", "a@example.com",
                "v".repeat(101)))).hasMessage("value is 101 characters; Account Engagement accepts at most 100: shorten"
                                              + " it or move detail elsewhere");
        assertThatThrownBy(() -> ExternalActivityValidator.validate(ExternalActivity.of("W", "R", "a@localhost", "v")))
                .hasMessageContaining("is not an e-mail address");
    }

    @Test
    void aReportSaysNothingChangedWhenNothingDid() {
        SetupChange unchanged = new SetupChange(SetupChange.Kind.EXTENSION, "W", SetupChange.Action.UNCHANGED, "id",
                null, null);
        SetupChange created = new SetupChange(SetupChange.Kind.ACTIVITY_TYPE, "T", SetupChange.Action.CREATED, "id2",
                null, "created");

        assertThat(SetupReport.of(unchanged).summary()).isEqualTo("nothing changed");
        assertThat(SetupReport.of(unchanged).plus(created).summary()).isEqualTo("ACTIVITY_TYPE T: CREATED (created)");
        assertThat(SetupReport.of(unchanged).plus(created).changed()).isTrue();
    }
}
