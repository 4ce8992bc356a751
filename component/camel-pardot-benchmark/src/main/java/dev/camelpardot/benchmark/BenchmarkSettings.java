package dev.camelpardot.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The run's settings, from system properties (the module's pom passes them from -D options of the mvn command). */
record BenchmarkSettings(
        double scale,
        int rounds,
        List<String> contenders,
        List<Scenario> scenarios,
        String quarkus,
        long quarkusLines,
        Path output,
        Path docs,
        Path quarkusApp,
        Path workDir,
        String writeDocs) {

    /** Messages in flight for every contender: the server's limit per business unit. */
    static final int LANES = 5;

    static final String COMMAND = "./mvnw -Pbenchmark -pl component/camel-pardot-benchmark -am verify -DskipTests";

    static BenchmarkSettings fromSystemProperties() {
        Path workDir = Path.of(System.getProperty("benchmark.workDir", "target"));
        return new BenchmarkSettings(
                Double.parseDouble(System.getProperty("benchmark.scale", "1.0")),
                Integer.parseInt(System.getProperty("benchmark.rounds", "2")),
                Arrays.stream(System.getProperty("benchmark.contenders", "A,B,C,A2").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT)).toList(),
                scenarios(System.getProperty("benchmark.scenarios", "all")),
                System.getProperty("benchmark.quarkus", "auto").toLowerCase(Locale.ROOT),
                Long.parseLong(System.getProperty("benchmark.quarkusLines", "1000000")),
                Path.of(System.getProperty("benchmark.output", workDir.resolve("benchmark-results.json").toString())),
                Path.of(System.getProperty("benchmark.docs", "../../docs/benchmarks.md")),
                Path.of(System.getProperty("benchmark.quarkusApp",
                        "../../quarkus-app/target/quarkus-app/quarkus-run.jar")),
                workDir,
                System.getProperty("benchmark.writeDocs", "auto").toLowerCase(Locale.ROOT));
    }

    private static List<Scenario> scenarios(String value) {
        if (value.isBlank() || value.equalsIgnoreCase("all")) {
            return List.of(Scenario.values());
        }
        List<Scenario> scenarios = new ArrayList<>();
        for (String id : value.split(",")) {
            if (!id.isBlank()) {
                scenarios.add(Scenario.byId(id.trim()));
            }
        }
        return scenarios;
    }

    /** A run of the documented size: only those rewrite docs/benchmarks.md, unless -Dbenchmark.writeDocs=true. */
    boolean isFullRun() {
        return scale >= 1.0 && rounds >= 2 && contenders.containsAll(List.of("A", "B", "C"))
                && scenarios.size() == Scenario.values().length && AppRuns.fromSystemProperties().isDefault();
    }

    boolean shouldWriteDocs() {
        return writeDocs.equals("true") || (writeDocs.equals("auto") && isFullRun());
    }
}
