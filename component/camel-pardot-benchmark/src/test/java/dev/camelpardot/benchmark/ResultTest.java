package dev.camelpardot.benchmark;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResultTest {

    @Test
    void percentilesAreNearestRankOfSortedValues() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i + 1;
        }
        assertThat(Result.percentile(sorted, 0.50)).isEqualTo(50);
        assertThat(Result.percentile(sorted, 0.99)).isEqualTo(99);
        assertThat(Result.percentile(new long[] {7}, 0.99)).isEqualTo(7);
    }

    @Test
    void roundsArePooledIntoOneRun() {
        Measurement first = measurement(1, 100, 1_000_000_000L, 2, 1, 1_000_000);
        Measurement second = measurement(2, 300, 1_000_000_000L, 0, 3, 3_000_000);

        Result result = Result.of(List.of(first, second), "test", null);

        assertThat(result.messages()).isEqualTo(400);
        assertThat(result.throughput()).isEqualTo(200.0);
        assertThat(result.error66()).isEqualTo(2);
        assertThat(result.retries()).isEqualTo(4);
        assertThat(result.allocatedBytesPerMessage()).isEqualTo(10_000);
        assertThat(result.throughputPerRound()).containsExactly(100.0, 300.0);
        assertThat(result.responses()).containsEntry("201", 400L);
        // every latency is its message number in ms: the pooled median is the 200th of 1..100 and 1..300
        assertThat(result.p50Ms()).isEqualTo(100.0);
    }

    private static Measurement measurement(int round, int messages, long elapsedNanos, long error66, long retries,
            long allocated) {
        long[] latencies = new long[messages];
        for (int i = 0; i < messages; i++) {
            latencies[i] = (i + 1) * 1_000_000L;
        }
        return new Measurement(Scenario.ZERO_LATENCY, "C", round, messages, elapsedNanos, latencies, 0, null, messages,
                1, error66, Map.of("201", (long) messages), 5, retries, allocated, 0, 0, 0, 0, 0, 0, 0);
    }
}
