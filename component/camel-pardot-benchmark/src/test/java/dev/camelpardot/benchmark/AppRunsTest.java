package dev.camelpardot.benchmark;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The app scenarios a run selects, and that only the documented selection counts as a full run. */
class AppRunsTest {

    @Test
    void theDefaultIsFourRunsAndTheOutage() {
        AppRuns runs = AppRuns.of(AppRuns.DEFAULT_RUNS, true);

        assertThat(runs.runs()).containsExactly(new AppRuns.Run(1, 50), new AppRuns.Run(3, 50),
                new AppRuns.Run(1, 100), new AppRuns.Run(3, 100));
        assertThat(runs.isDefault()).isTrue();
    }

    @Test
    void aSelectionIsNotTheFullRun() {
        assertThat(AppRuns.of(" 3x50 ", true).runs()).isEqualTo(List.of(new AppRuns.Run(3, 50)));
        assertThat(AppRuns.of("3x50", true).isDefault()).isFalse();
        assertThat(AppRuns.of(AppRuns.DEFAULT_RUNS, false).isDefault()).isFalse();
    }

    @Test
    void aMalformedRunNamesTheProperty() {
        assertThatThrownBy(() -> AppRuns.of("1x50,three", true))
                .hasMessage("benchmark.appRuns: 'three' is not instances x latency in ms, e.g. 3x50");
    }
}
