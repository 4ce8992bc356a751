package dev.camelpardot.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ResultsWriterTest {

    @TempDir
    Path dir;

    @Test
    void rewritesOnlyTheGeneratedSection() throws Exception {
        Path docs = dir.resolve("benchmarks.md");
        Files.writeString(docs, "# Benchmarks\n\nhand-written intro\n\n" + ResultsWriter.BEGIN + "\nold figures\n"
                + ResultsWriter.END + "\n\nhand-written outro\n");

        new ResultsWriter().writeDocs(report(docs));

        String text = Files.readString(docs);
        assertThat(text).startsWith("# Benchmarks\n\nhand-written intro\n\n" + ResultsWriter.BEGIN)
                .endsWith(ResultsWriter.END + "\n\nhand-written outro\n")
                .doesNotContain("old figures")
                .contains("### Measured results", "| Target | Measured | Met |");
    }

    @Test
    void appendsTheSectionWhenTheMarkersAreMissing() throws Exception {
        Path docs = dir.resolve("benchmarks.md");
        Files.writeString(docs, "# Benchmarks\n");

        new ResultsWriter().writeDocs(report(docs));

        assertThat(Files.readString(docs)).startsWith("# Benchmarks\n\n" + ResultsWriter.BEGIN)
                .contains(ResultsWriter.END);
    }

    @Test
    void zeroLatencyTargetComparesCWithA() {
        Result a = result("A", 1000.0, 1.0);
        Result c = result("C", 850.0, 0.85);

        List<ResultsWriter.TargetCheck> targets = ResultsWriter.targets(List.of(a, c), null);

        assertThat(targets.get(0).met()).isFalse();
        assertThat(targets.get(0).measured()).contains("0.85");
    }

    @Test
    void costTargetsCompareCWithBAndA2() {
        Result b = result(Scenario.ZERO_LATENCY, "B", 1000.0, 300);
        Result c = result(Scenario.ZERO_LATENCY, "C", 1000.0, 300);
        Result a2 = result(Scenario.ZERO_LATENCY, "A2", 1112.0, 250);
        Result c50 = result(Scenario.LATENCY_50MS, "C", 95, 1200);
        Result a250 = result(Scenario.LATENCY_50MS, "A2", 96, 1000);

        List<ResultsWriter.TargetCheck> targets = ResultsWriter.costTargets(List.of(b, c, a2, c50, a250));

        assertThat(targets).extracting(ResultsWriter.TargetCheck::met).containsExactly(true, false, true, true);
        assertThat(targets.get(0).measured()).isEqualTo("C/B = 1.00 (1000 vs 1000 msg/s)");
        assertThat(targets.get(1).measured()).isEqualTo("C/A2 = 0.90 (1000 vs 1112 msg/s)");
        assertThat(targets.get(2).measured()).isEqualTo("300 vs 300 µs/msg");
        assertThat(targets.get(3).measured()).isEqualTo("1200 vs 1000 µs/msg");
        assertThat(ResultsWriter.costTargets(List.of(c))).extracting(ResultsWriter.TargetCheck::met)
                .containsOnlyNulls();
    }

    private static Result result(Scenario scenario, String contender, double throughput, double cpu) {
        return new Result(scenario.id(), contender, contender, 100, throughput, 1, 2, 3, 0, 0, 0, 0, 0,
                null, 0, 100, 5, cpu, 0, 0, 0, 1, List.of(throughput), java.util.Map.of(), null);
    }

    private ResultsWriter.Report report(Path docs) {
        BenchmarkSettings settings = new BenchmarkSettings(1.0, 2, List.of("A", "B", "C"), List.of(Scenario.values()),
                "off", 10, dir.resolve("results.json"), docs, dir.resolve("app.jar"), dir, "true");
        return new ResultsWriter.Report(ZonedDateTime.now(), MachineInfo.current(), settings, 0.5, 0.6, List.of(),
                null, QuarkusFigures.notMeasured("off"), ResultsWriter.targets(List.of(), null));
    }

    private static Result result(String contender, double throughput, double ratio) {
        return new Result(Scenario.ZERO_LATENCY.id(), contender, contender, 100, throughput, 1, 2, 3, 0, 0, 0, 0, 0,
                ratio, 0, 100, 5, 0, 0, 0, 0, 1, List.of(throughput), java.util.Map.of(), null);
    }
}
