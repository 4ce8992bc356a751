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
