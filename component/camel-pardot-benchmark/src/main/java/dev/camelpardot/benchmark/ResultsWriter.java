package dev.camelpardot.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes {@code benchmark-results.json} (one object per scenario and contender), {@code benchmark-run.json} (the
 * machine, the command, the emulator's capacity, the Quarkus figures, the targets) and the generated section of
 * {@code docs/benchmarks.md}, between the two markers, keeping the hand-written text around it.
 */
final class ResultsWriter {

    static final String BEGIN = "<!-- BEGIN GENERATED BENCHMARK RESULTS (written by the benchmark runner; edit outside) -->";
    static final String END = "<!-- END GENERATED BENCHMARK RESULTS -->";

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Everything one run produced. */
    record Report(ZonedDateTime date, MachineInfo machine, BenchmarkSettings settings, double loadAtStart,
            double loadAtEnd, List<Result> results, EmulatorCapacity emulatorCapacity, QuarkusFigures quarkus,
            List<TargetCheck> targets) {
    }

    /** One target of the issue and whether this run met it. */
    record TargetCheck(String target, String measured, Boolean met) {
    }

    void writeJson(Report report) throws IOException {
        Path output = report.settings().output();
        Files.createDirectories(output.toAbsolutePath().getParent());
        mapper.writeValue(output.toFile(), report.results());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("date", report.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        run.put("command", command(report.settings()));
        run.put("machine", report.machine());
        run.put("loadAverageAtStart", report.loadAtStart());
        run.put("loadAverageAtEnd", report.loadAtEnd());
        run.put("scale", report.settings().scale());
        run.put("rounds", report.settings().rounds());
        run.put("targets", report.targets());
        run.put("emulatorCapacity", report.emulatorCapacity());
        run.put("quarkusApp", report.quarkus());
        mapper.writeValue(output.resolveSibling("benchmark-run.json").toFile(), run);
    }

    void writeDocs(Report report) throws IOException {
        Path docs = report.settings().docs();
        String existing = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String generated = BEGIN + "\n" + markdown(report) + END;
        int begin = existing.indexOf(BEGIN);
        int end = existing.indexOf(END);
        String updated;
        if (begin >= 0 && end > begin) {
            updated = existing.substring(0, begin) + generated + existing.substring(end + END.length());
        } else {
            updated = existing.stripTrailing() + "\n\n" + generated + "\n";
        }
        Files.writeString(docs, updated, StandardCharsets.UTF_8);
    }

    static String command(BenchmarkSettings settings) {
        StringBuilder command = new StringBuilder(BenchmarkSettings.COMMAND);
        if (settings.scale() != 1.0) {
            command.append(" -Dbenchmark.scale=").append(settings.scale());
        }
        if (settings.rounds() != 2) {
            command.append(" -Dbenchmark.rounds=").append(settings.rounds());
        }
        if (!settings.contenders().equals(java.util.List.of("A", "B", "C", "A2"))) {
            command.append(" -Dbenchmark.contenders=").append(String.join(",", settings.contenders()));
        }
        if (settings.scenarios().size() != Scenario.values().length) {
            command.append(" -Dbenchmark.scenarios=")
                    .append(String.join(",", settings.scenarios().stream().map(Scenario::id).toList()));
        }
        return command.toString();
    }

    String markdown(Report report) {
        StringBuilder md = new StringBuilder();
        MachineInfo machine = report.machine();
        md.append("\n### Measured results\n\n");
        md.append("- Date: ").append(report.date().format(DateTimeFormatter.RFC_1123_DATE_TIME)).append('\n');
        md.append("- Machine: ").append(machine.cores()).append(" cores (").append(machine.cpu()).append("), ")
                .append(machine.memoryMb()).append(" MB RAM, ").append(machine.os()).append('\n');
        md.append("- JDK: ").append(machine.jdk()).append("; JVM options ").append(machine.jvmArguments())
                .append("; GC ").append(machine.gc()).append('\n');
        md.append("- Load average (1 min) at start ").append(fmt(report.loadAtStart())).append(", at end ")
                .append(fmt(report.loadAtEnd())).append('\n');
        md.append("- Command: `").append(command(report.settings())).append("` (")
                .append(report.settings().rounds()).append(" rounds per scenario, contender order rotated)\n\n");

        md.append("| Scenario | Contender | Messages | msg/s | p50 ms | p99 ms | Token requests | Error 66 | Retries"
                + " | Allocated bytes/msg | Ratio to A |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (Result r : report.results()) {
            md.append("| ").append(r.scenario()).append(" | ").append(r.contender()).append(": ")
                    .append(r.contenderDescription()).append(" | ").append(r.messages()).append(" | ")
                    .append(fmt(r.throughput())).append(" | ").append(fmt(r.p50Ms())).append(" | ")
                    .append(fmt(r.p99Ms())).append(" | ").append(r.tokenRequests()).append(" | ").append(r.error66())
                    .append(" | ").append(r.retries()).append(" | ").append(r.allocatedBytesPerMessage())
                    .append(" | ").append(r.ratioToA() == null ? "" : String.format(Locale.ROOT, "%.2f", r.ratioToA()))
                    .append(" |\n");
        }

        md.append("\n#### Targets\n\n| Target | Measured | Met |\n|---|---|---|\n");
        for (TargetCheck target : report.targets()) {
            md.append("| ").append(target.target()).append(" | ").append(target.measured()).append(" | ")
                    .append(target.met() == null ? "not measured" : target.met() ? "yes" : "**no**").append(" |\n");
        }

        Optional<Result> c = find(report.results(), Scenario.ZERO_LATENCY, "C");
        Optional<Result> a2 = find(report.results(), Scenario.ZERO_LATENCY, "A2");
        if (c.isPresent() && a2.isPresent() && a2.get().throughput() > 0) {
            md.append("\nFor reference, against the JDK client's blocking `send()` (A2) at zero latency: C / A2 = ")
                    .append(String.format(Locale.ROOT, "%.2f", c.get().throughput() / a2.get().throughput()))
                    .append(".\n");
        }

        md.append("\n#### Where the time and memory go\n\n");
        md.append("| Scenario | Contender | Client CPU µs/msg | Emulator CPU µs/msg | CPU used | Threads started/msg"
                + " | Live-thread bytes/msg | Server max in flight | Delivered | Failed | Throughput per round |\n");
        md.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|---|\n");
        for (Result r : report.results()) {
            md.append("| ").append(r.scenario()).append(" | ").append(r.contender()).append(" | ")
                    .append(fmt(r.clientCpuMicrosPerMessage())).append(" | ")
                    .append(fmt(r.emulatorCpuMicrosPerMessage())).append(" | ")
                    .append(Math.round(r.cpuUtilization() * 100)).append(" % | ")
                    .append(fmt(r.threadsStartedPerMessage())).append(" | ")
                    .append(r.liveThreadAllocatedBytesPerMessage()).append(" | ").append(r.serverMaxInFlight())
                    .append(" | ").append(r.delivered()).append(" | ").append(r.failures()).append(" | ")
                    .append(r.throughputPerRound()).append(" |\n");
        }

        EmulatorCapacity capacity = report.emulatorCapacity();
        if (capacity != null) {
            md.append("\nEmulator capacity (client A2, ").append(capacity.lanes())
                    .append(" lanes, no in-flight limit, zero latency, ").append(capacity.messages())
                    .append(" messages): ").append(fmt(capacity.throughput())).append(" msg/s, emulator CPU ")
                    .append(fmt(capacity.emulatorCpuMicrosPerMessage())).append(" µs/msg of ")
                    .append(fmt(capacity.processCpuMicrosPerMessage())).append(" µs/msg for the whole process, ")
                    .append(Math.round(capacity.cpuUtilization() * 100)).append(" % of all cores busy.\n");
        }

        md.append("\n#### Quarkus app\n\n");
        QuarkusFigures q = report.quarkus();
        if (q == null || !q.measured()) {
            md.append("Not measured in this run: ").append(q == null ? "not requested" : q.note()).append("\n");
        } else {
            md.append("| Figure | Value |\n|---|--:|\n");
            md.append("| Time to start (process start until `/q/health/ready` is UP) | ").append(q.startMillis())
                    .append(" ms |\n");
            md.append("| RSS idle, after start | ").append(q.rssIdleMb()).append(" MB |\n");
            md.append("| RSS while delivering (median of samples / peak) | ").append(q.rssDeliveringMb())
                    .append(" MB / ").append(q.rssPeakMb()).append(" MB |\n");
            md.append("| NDJSON file delivered with ").append(q.heapLimit()).append(" | ").append(q.delivered())
                    .append(" of ").append(q.lines()).append(" lines in ").append(fmt(q.deliverSeconds()))
                    .append(" s (").append(fmt(q.linesPerSecond())).append(" lines/s) |\n");
            md.append("| Token requests / error 66 while delivering | ").append(q.tokenRequests()).append(" / ")
                    .append(q.error66()).append(" |\n");
            if (q.note() != null) {
                md.append("\n").append(q.note()).append("\n");
            }
        }
        md.append('\n');
        return md.toString();
    }

    /** The targets, checked against these results. */
    static List<TargetCheck> targets(List<Result> results, QuarkusFigures quarkus) {
        List<TargetCheck> targets = new ArrayList<>();
        Optional<Result> zeroC = find(results, Scenario.ZERO_LATENCY, "C");
        targets.add(zeroC.filter(r -> r.ratioToA() != null)
                .map(r -> new TargetCheck("C ≥ 0.9 × A at zero latency",
                        String.format(Locale.ROOT, "C/A = %.2f (%s vs %s msg/s)", r.ratioToA(), fmt(r.throughput()),
                                fmt(r.throughput() / r.ratioToA())), r.ratioToA() >= 0.9))
                .orElse(new TargetCheck("C ≥ 0.9 × A at zero latency", "not measured", null)));
        double ceiling = Scenario.LATENCY_50MS.ceilingPerSecond();
        targets.add(find(results, Scenario.LATENCY_50MS, "C")
                .map(r -> new TargetCheck("C ≥ 95 % of the ceiling (" + fmt(ceiling) + " msg/s) at 50 ms",
                        fmt(r.throughput()) + " msg/s = " + fmt(100 * r.throughput() / ceiling) + " %",
                        r.throughput() >= 0.95 * ceiling))
                .orElse(new TargetCheck("C ≥ 95 % of the ceiling at 50 ms", "not measured", null)));
        targets.addAll(costTargets(results));
        List<Result> cs = results.stream().filter(r -> r.contender().equals("C")).toList();
        long error66 = cs.stream().mapToLong(Result::error66).sum();
        targets.add(new TargetCheck("zero error-66 responses from C in every scenario",
                cs.isEmpty() ? "not measured" : error66 + " in " + cs.size() + " scenarios",
                cs.isEmpty() ? null : error66 == 0));
        long lost = cs.stream().mapToLong(r -> r.messages() - r.delivered()).sum();
        targets.add(new TargetCheck("C delivers every message exactly once (activities recorded = messages sent)",
                cs.isEmpty() ? "not measured" : cs.stream().mapToLong(Result::delivered).sum() + " recorded for "
                        + cs.stream().mapToLong(Result::messages).sum() + " sent",
                cs.isEmpty() ? null : lost == 0));
        if (quarkus != null && quarkus.measured()) {
            targets.add(new TargetCheck("the " + quarkus.lines() + "-line file delivered with " + quarkus.heapLimit(),
                    quarkus.delivered() + " delivered, peak RSS " + quarkus.rssPeakMb() + " MB",
                    quarkus.delivered() != null && quarkus.delivered().equals(quarkus.lines())));
        } else {
            targets.add(new TargetCheck("the 1,000,000-line file delivered with -Xmx256m",
                    quarkus == null ? "not measured" : "not measured: " + quarkus.note(), null));
        }
        return targets;
    }

    /**
     * The per-message cost against the hand-written route (B) and the blocking JDK client (A2): at zero latency
     * C/B ≥ 1.0, C/A2 ≥ 0.9 and C's CPU per message at most B's; at 50 ms C's CPU per message at most A2's + 20 %.
     */
    static List<TargetCheck> costTargets(List<Result> results) {
        List<TargetCheck> targets = new ArrayList<>();
        Optional<Result> c = find(results, Scenario.ZERO_LATENCY, "C");
        Optional<Result> b = find(results, Scenario.ZERO_LATENCY, "B");
        Optional<Result> a2 = find(results, Scenario.ZERO_LATENCY, "A2");
        targets.add(ratio("C ≥ 1.0 × B at zero latency", "C/B", c, b, 1.0));
        targets.add(ratio("C ≥ 0.9 × A2 at zero latency", "C/A2", c, a2, 0.9));
        targets.add(c.isPresent() && b.isPresent()
                ? new TargetCheck("C's CPU per message ≤ B's at zero latency",
                        fmt(c.get().clientCpuMicrosPerMessage()) + " vs " + fmt(b.get().clientCpuMicrosPerMessage())
                        + " µs/msg", c.get().clientCpuMicrosPerMessage() <= b.get().clientCpuMicrosPerMessage())
                : new TargetCheck("C's CPU per message ≤ B's at zero latency", "not measured", null));
        Optional<Result> c50 = find(results, Scenario.LATENCY_50MS, "C");
        Optional<Result> a250 = find(results, Scenario.LATENCY_50MS, "A2");
        targets.add(c50.isPresent() && a250.isPresent()
                ? new TargetCheck("C's CPU per message ≤ A2's + 20 % at 50 ms",
                        fmt(c50.get().clientCpuMicrosPerMessage()) + " vs " + fmt(a250.get().clientCpuMicrosPerMessage())
                        + " µs/msg", c50.get().clientCpuMicrosPerMessage()
                                     <= 1.2 * a250.get().clientCpuMicrosPerMessage())
                : new TargetCheck("C's CPU per message ≤ A2's + 20 % at 50 ms", "not measured", null));
        return targets;
    }

    private static TargetCheck ratio(String target, String name, Optional<Result> c, Optional<Result> other,
                                     double minimum) {
        if (c.isEmpty() || other.isEmpty() || other.get().throughput() == 0) {
            return new TargetCheck(target, "not measured", null);
        }
        double ratio = c.get().throughput() / other.get().throughput();
        return new TargetCheck(target, String.format(Locale.ROOT, "%s = %.2f (%s vs %s msg/s)", name, ratio,
                fmt(c.get().throughput()), fmt(other.get().throughput())), ratio >= minimum);
    }

    private static Optional<Result> find(List<Result> results, Scenario scenario, String contender) {
        return results.stream()
                .filter(r -> r.scenario().equals(scenario.id()) && r.contender().equals(contender))
                .findFirst();
    }

    static String fmt(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
