package dev.camelpardot.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the app figures: {@code app-cluster-results.json} beside the other results, and their own generated
 * section of {@code docs/benchmarks.md}, with the component alone (C) and the raw blocking client (A2) of the same
 * run at the same latency beside them.
 */
final class AppClusterWriter {

    static final String BEGIN = "<!-- BEGIN GENERATED APP RESULTS (written by the benchmark runner; edit outside) -->";
    static final String END = "<!-- END GENERATED APP RESULTS -->";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    void writeJson(AppClusterFigures figures, Path output) throws IOException {
        mapper.writeValue(output.resolveSibling("app-cluster-results.json").toFile(), figures);
    }

    String markdown(AppClusterFigures figures, List<Result> results) {
        StringBuilder md = new StringBuilder();
        if (!figures.measured()) {
            return md.append("The app was not measured in this run: ").append(figures.note()).append(".\n").toString();
        }
        md.append("| instances | latency | ceiling | app events/s | app / ceiling | middle 80 % / ceiling | C alone | app / C |"
                  + " app / A2 | error 66 | most in flight | queued → answered p50 / p99 (paced at 80 %) |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (AppClusterFigures.Run run : figures.runs()) {
            String scenario = "latency-" + run.latencyMillis() + "ms";
            Optional<Double> c = throughput(results, scenario, "C");
            Optional<Double> a2 = throughput(results, scenario, "A2");
            md.append(String.format(Locale.ROOT, "| %d%s | %d ms | %.0f/s | %.1f | **%.3f** | %.3f | %s | %s | %s | %d |"
                            + " %d | %.0f ms / %.0f ms |%n", run.instances(), run.instances() > 1 ? " (one broker)" : "",
                    run.latencyMillis(), run.ceiling(), run.eventsPerSecond(), run.ratioToCeiling(),
                    run.steadyEventsPerSecond() / run.ceiling(),
                    c.map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("–"),
                    c.map(v -> String.format(Locale.ROOT, "%.3f", run.eventsPerSecond() / v)).orElse("–"),
                    a2.map(v -> String.format(Locale.ROOT, "%.3f", run.eventsPerSecond() / v)).orElse("–"),
                    run.error66(), run.maxInFlight(), run.p50Millis(), run.p99Millis()));
        }
        AppClusterFigures.Outage outage = figures.outage();
        if (outage != null) {
            md.append(String.format(Locale.ROOT, "%nOutage: every call answered 503 for %d s with %d events queued on"
                            + " %d instance, `pardot.delivery.max-attempts=%d`: **%d calls** spent during the outage,"
                            + " **%d dead letters**, every event delivered %.1f s after the recovery, %d lost.%n",
                    outage.outageSeconds(), outage.events(), outage.instances(), outage.maxAttempts(),
                    outage.callsDuringOutage(), outage.deadLetters(), outage.secondsToDeliverAfterRecovery(),
                    outage.lost()));
        }
        return md.toString();
    }

    void writeDocs(AppClusterFigures figures, List<Result> results, Path docs) throws IOException {
        String existing = Files.readString(docs, StandardCharsets.UTF_8);
        int begin = existing.indexOf(BEGIN);
        int end = existing.indexOf(END);
        String section = BEGIN + "\n" + markdown(figures, results) + END;
        String updated = begin >= 0 && end > begin
                ? existing.substring(0, begin) + section + existing.substring(end + END.length())
                : existing + "\n" + section + "\n";
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
    }

    private static Optional<Double> throughput(List<Result> results, String scenario, String contender) {
        return results.stream().filter(r -> r.scenario().equals(scenario) && r.contender().equals(contender))
                .map(Result::throughput).findFirst();
    }
}
