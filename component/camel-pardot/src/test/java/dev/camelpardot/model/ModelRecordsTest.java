package dev.camelpardot.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The small helpers of the model records. */
class ModelRecordsTest {

    @Test
    void deliveryResultsSayWhatHappened() {
        ExternalActivity sent = ExternalActivity.of("W", "T", "a@example.com", "v");
        DeliveryResult delivered = DeliveryResult.delivered(3, sent, sent.toBuilder().id("42").build());
        assertThat(delivered.failed()).isFalse();
        assertThat(delivered.reason()).isNull();
        assertThat(delivered).hasToString("DeliveryResult[3: delivered as 42]");
        assertThat(DeliveryResult.delivered(4, sent, sent)).hasToString("DeliveryResult[4: delivered]");
        DeliveryResult failed = DeliveryResult.failed(5, sent, new IllegalStateException("no"));
        assertThat(failed.failed()).isTrue();
        assertThat(failed.reason()).isEqualTo("no");
        assertThat(failed).hasToString("DeliveryResult[5: failed: no]");
    }

    @Test
    void builtSetupsAndTypes() {
        ExtensionSetup setup = ExtensionSetup.builder("W").label("L").description("D").active(false).assign(false)
                .activityType(ActivityTypeSetup.of("A", "An A")).activityType("B", "A B").build();
        assertThat(setup).isEqualTo(new ExtensionSetup("W", "L", "D", false,
                List.of(new ActivityTypeSetup("A", "An A", null, true), new ActivityTypeSetup("B", "A B", null, true)),
                false));
        assertThat(new ExtensionSetup("W", null, null, null, null, true).activityTypes()).isEmpty();
        assertThat(ActivityType.of("R", "Registered").withExtensionId("0XM1").withId("0XN1"))
                .isEqualTo(new ActivityType("0XN1", "0XM1", "R", "Registered", null, null));
        assertThat(Extension.of("W", "L").withId("0XM1")).isEqualTo(new Extension("0XM1", "W", "L", null, null));
    }

    @Test
    void reportsListWhatChanged() {
        SetupChange created = new SetupChange(SetupChange.Kind.EXTENSION, "W", SetupChange.Action.CREATED, "1", null,
                "created");
        SetupChange same = new SetupChange(SetupChange.Kind.ACTIVITY_TYPE, "T", SetupChange.Action.UNCHANGED, "2",
                List.of(), "");
        SetupReport report = SetupReport.of(created).plus(same).plus(SetupReport.of(same));
        assertThat(report.changes()).containsExactly(created, same, same);
        assertThat(report.changesMade()).containsExactly(created);
        assertThat(report.summary()).isEqualTo("EXTENSION W: CREATED (created)");
        assertThat(report).hasToString("SetupReport[EXTENSION W: CREATED (created)]");
        assertThat(same).hasToString("ACTIVITY_TYPE T: UNCHANGED");
        assertThat(new SetupReport(null).changes()).isEmpty();
    }

    @Test
    void theWireFormReadsAResponseTree() {
        ExternalActivity read = ModelJson.fromResponse(ModelJson.parse("{\"id\":\"9\",\"extension\":\"W\",\"type\":\"T\","
                + "\"email\":\"a@example.com\",\"value\":\"v\",\"activityDate\":\"not a date\","
                + "\"createdAt\":\"2021-01-01T11:08:00Z\"}"));
        assertThat(read.id()).isEqualTo("9");
        assertThat(read.activityDate()).as("unreadable dates are dropped").isNull();
        assertThat(read.createdAt()).isEqualTo(ActivityDates.toOffsetDateTime("2021-01-01T11:08:00+00:00"));
        assertThat(ModelJson.fromResponse("[1]")).isNull();
        assertThat(ModelJson.fromResponse("{\"id\":null,\"nested\":{\"id\":\"x\"},\"list\":[1],\"value\":\"v\"}"))
                .isEqualTo(ExternalActivity.builder().value("v").build());
        assertThat(ModelJson.toMap(ModelJson.parse("{\"a\":1}"))).containsEntry("a", 1);
        assertThat(ModelJson.text(null, "a")).isNull();
    }
}
