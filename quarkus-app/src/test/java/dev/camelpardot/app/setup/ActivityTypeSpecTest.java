package dev.camelpardot.app.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ActivityTypeSpecTest {

    @Test
    void readsNameLabelAndActiveFlag() {
        assertThat(ActivityTypeSpec.parseAll(List.of("Webinar_Attended:Attended a webinar:false", " Demo_Booked ", "")))
                .containsExactly(new ActivityTypeSpec("Webinar_Attended", "Attended a webinar", false),
                        new ActivityTypeSpec("Demo_Booked", "Demo Booked", true));
    }

    @Test
    void refusesAnUnclearFlag() {
        assertThatThrownBy(() -> ActivityTypeSpec.parse("Demo_Booked:Demo:yes"))
                .hasMessageContaining("pardot.setup.activity-types").hasMessageContaining("true or false");
    }
}
