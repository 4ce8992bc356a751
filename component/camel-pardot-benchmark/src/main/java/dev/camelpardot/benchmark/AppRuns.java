package dev.camelpardot.benchmark;

import java.util.ArrayList;
import java.util.List;

/**
 * Which app scenarios to measure: {@code -Dbenchmark.appRuns=1x50,3x50} (instances x latency in ms) and
 * {@code -Dbenchmark.appOutage=false}, to look at one figure in a minute or two instead of the whole app part. Only
 * the default selection (all four runs and the outage) rewrites docs/benchmarks.md.
 *
 * @param runs   instances and latency of each burst-and-paced run, in order
 * @param outage whether the outage scenario runs
 */
record AppRuns(List<Run> runs, boolean outage) {

    static final String DEFAULT_RUNS = "1x50,3x50,1x100,3x100";

    record Run(int instances, int latencyMillis) {
    }

    static AppRuns fromSystemProperties() {
        return of(System.getProperty("benchmark.appRuns", DEFAULT_RUNS),
                Boolean.parseBoolean(System.getProperty("benchmark.appOutage", "true")));
    }

    static AppRuns of(String runs, boolean outage) {
        List<Run> parsed = new ArrayList<>();
        for (String run : runs.split(",")) {
            if (run.isBlank()) {
                continue;
            }
            String[] parts = run.strip().split("x");
            try {
                parsed.add(new Run(Integer.parseInt(parts[0]), Integer.parseInt(parts[1])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("benchmark.appRuns: '" + run.strip() + "' is not instances x latency"
                        + " in ms, e.g. 3x50");
            }
        }
        return new AppRuns(List.copyOf(parsed), outage);
    }

    boolean isDefault() {
        return outage && runs.equals(of(DEFAULT_RUNS, true).runs());
    }
}
