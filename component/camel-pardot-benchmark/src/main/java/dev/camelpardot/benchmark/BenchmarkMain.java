package dev.camelpardot.benchmark;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelpardot.emulator.EmulatorConfig;
import dev.camelpardot.emulator.PardotEmulator;

/**
 * The benchmark: starts the emulator in this JVM, starts the contenders, warms each up, then measures every
 * scenario in rounds with the contenders' order rotated, and writes the results. See docs/benchmarks.md.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        ZonedDateTime date = ZonedDateTime.now();
        MachineInfo machine = MachineInfo.current();
        System.out.printf("camel-pardot benchmark: scale %.2f, %d rounds, contenders %s, scenarios %s%n",
                settings.scale(), settings.rounds(), settings.contenders(),
                settings.scenarios().stream().map(Scenario::id).toList());
        System.out.printf("machine: %d cores, %s, %s%n", machine.cores(), machine.os(), machine.jdk());

        List<Result> results;
        EmulatorCapacity capacity;
        double loadAtStart;
        double loadAtEnd;
        QuarkusFigures quarkus;
        AppClusterFigures app;
        try (PardotEmulator emulator = PardotEmulator.start(EmulatorConfig.defaults());
                Harness harness = new Harness(emulator)) {
            loadAtStart = harness.systemLoadAverage();
            System.out.printf("load average at start: %.2f; emulator at %s (in this JVM)%n", loadAtStart,
                    emulator.baseUrl());
            List<Contender> contenders = startContenders(settings, harness);
            try {
                warmUp(settings, harness, contenders);
                results = measureAll(settings, harness, contenders);
                boolean probe = !contenders.isEmpty() && Boolean.parseBoolean(System.getProperty("benchmark.probe", "true"));
                capacity = probe ? EmulatorProbe.measure(harness, settings.scale()) : null;
            } finally {
                for (Contender contender : contenders) {
                    try {
                        contender.close();
                    } catch (Exception e) {
                        System.out.println("closing " + contender.id() + " failed: " + e);
                    }
                }
            }
            quarkus = QuarkusAppBenchmark.run(settings);
            app = AppClusterBenchmark.run(settings, emulator);
            loadAtEnd = harness.systemLoadAverage();
        }

        List<ResultsWriter.TargetCheck> targets = ResultsWriter.targets(results, quarkus);
        ResultsWriter.Report report = new ResultsWriter.Report(date, machine, settings, loadAtStart, loadAtEnd,
                results, capacity, quarkus, targets);
        ResultsWriter writer = new ResultsWriter();
        writer.writeJson(report);
        System.out.println(writer.markdown(report));
        AppClusterWriter appWriter = new AppClusterWriter();
        appWriter.writeJson(app, settings.output());
        System.out.println(appWriter.markdown(app, results));
        System.out.println("results: " + settings.output().toAbsolutePath().normalize());
        if (settings.shouldWriteDocs()) {
            writer.writeDocs(report);
            appWriter.writeDocs(app, results, settings.docs());
            System.out.println("docs: " + settings.docs().toAbsolutePath().normalize() + " (generated section rewritten)");
        } else {
            System.out.println("docs/benchmarks.md left as it is (not a full run; -Dbenchmark.writeDocs=true forces it)");
        }
        // the contenders' and the emulator's daemon threads do not hold the JVM, but Camel's may: end here
        System.exit(0);
    }

    private static List<Contender> startContenders(BenchmarkSettings settings, Harness harness) throws Exception {
        List<Contender> contenders = new ArrayList<>();
        for (String id : settings.contenders()) {
            Contender contender = Contenders.create(id);
            contender.start(harness.target());
            contenders.add(contender);
            System.out.printf("started %s: %s%n", contender.id(), contender.description());
        }
        return contenders;
    }

    /** JIT and connection pools warm for every contender before anything is measured. */
    private static void warmUp(BenchmarkSettings settings, Harness harness, List<Contender> contenders)
            throws Exception {
        int messages = Scenario.ZERO_LATENCY.warmUpMessages(settings.scale()) * 3;
        for (int pass = 0; pass < 2; pass++) {
            for (Contender contender : contenders) {
                long start = System.nanoTime();
                harness.warmUp(contender, Scenario.ZERO_LATENCY, messages, BenchmarkSettings.LANES);
                System.out.printf("warm-up %d of %s: %d messages in %d ms%n", pass + 1, contender.id(), messages,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static List<Result> measureAll(BenchmarkSettings settings, Harness harness, List<Contender> contenders)
            throws Exception {
        List<Result> results = new ArrayList<>();
        int rotation = 0;
        for (Scenario scenario : settings.scenarios()) {
            Map<String, List<Measurement>> byContender = new LinkedHashMap<>();
            contenders.forEach(c -> byContender.put(c.id(), new ArrayList<>()));
            for (int round = 1; round <= settings.rounds(); round++) {
                List<Contender> order = rotate(contenders, rotation++);
                for (Contender contender : order) {
                    harness.warmUp(contender, scenario, scenario.warmUpMessages(settings.scale()),
                            BenchmarkSettings.LANES);
                    Measurement m = harness.measure(contender, scenario, round, scenario.messages(settings.scale()),
                            BenchmarkSettings.LANES);
                    byContender.get(contender.id()).add(m);
                    System.out.printf("%-13s round %d %s: %6d msgs %9.1f msg/s  tokens %3d  e66 %3d  retries %4d  "
                                    + "failed %d  delivered %d  heap %d B/msg  threads %d%s%n",
                            scenario.id(), round, contender.id(), m.messages(),
                            m.messages() / (m.elapsedNanos() / 1e9), m.tokenRequests(), m.error66(), m.retries(),
                            m.failures(), m.delivered(), m.clientAllocatedBytes() / m.messages(), m.threadsStarted(),
                            m.firstFailure() == null ? "" : "  first failure: " + m.firstFailure());
                }
            }
            Double baseline = null;
            List<Result> scenarioResults = new ArrayList<>();
            for (Contender contender : contenders) {
                Result result = Result.of(byContender.get(contender.id()), contender.description(), null);
                if (contender.id().equals("A")) {
                    baseline = result.throughput();
                }
                scenarioResults.add(result);
            }
            for (Result result : scenarioResults) {
                Double ratio = baseline == null || baseline == 0 ? null
                        : Math.round(result.throughput() / baseline * 1000) / 1000.0;
                results.add(result.withRatioToA(ratio));
            }
        }
        return results;
    }

    private static List<Contender> rotate(List<Contender> contenders, int by) {
        List<Contender> order = new ArrayList<>(contenders.size());
        for (int i = 0; i < contenders.size(); i++) {
            order.add(contenders.get((i + by) % contenders.size()));
        }
        return order;
    }
}
