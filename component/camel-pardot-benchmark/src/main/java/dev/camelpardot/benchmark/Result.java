package dev.camelpardot.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One scenario and one contender over all rounds: the row of the results table and one object of
 * {@code benchmark-results.json}. Rounds are merged as one run (messages and wall time summed, latencies pooled).
 */
record Result(
        String scenario,
        String contender,
        String contenderDescription,
        int messages,
        double throughput,
        double p50Ms,
        double p99Ms,
        double maxMs,
        long tokenRequests,
        long error66,
        long retries,
        long allocatedBytesPerMessage,
        long liveThreadAllocatedBytesPerMessage,
        Double ratioToA,
        long failures,
        long delivered,
        int serverMaxInFlight,
        double clientCpuMicrosPerMessage,
        double emulatorCpuMicrosPerMessage,
        double cpuUtilization,
        double threadsStartedPerMessage,
        int rounds,
        List<Double> throughputPerRound,
        Map<String, Long> responses,
        String firstFailure) {

    static Result of(List<Measurement> rounds, String description, Double ratioToA) {
        Measurement first = rounds.get(0);
        int messages = 0;
        long elapsed = 0;
        long failures = 0;
        long delivered = 0;
        long tokens = 0;
        long error66 = 0;
        long retries = 0;
        long clientBytes = 0;
        long liveThreadBytes = 0;
        long processCpu = 0;
        long emulatorCpu = 0;
        long threadsStarted = 0;
        int maxInFlight = 0;
        String firstFailure = null;
        List<Double> perRound = new ArrayList<>();
        Map<String, Long> responses = new TreeMap<>();
        for (Measurement m : rounds) {
            messages += m.messages();
            elapsed += m.elapsedNanos();
            failures += m.failures();
            delivered += m.delivered();
            tokens += m.tokenRequests();
            error66 += m.error66();
            retries += m.retries();
            clientBytes += m.clientAllocatedBytes();
            liveThreadBytes += m.clientThreadAllocatedBytes();
            processCpu += m.processCpuNanos();
            emulatorCpu += m.emulatorCpuNanos();
            threadsStarted += m.threadsStarted();
            maxInFlight = Math.max(maxInFlight, m.serverMaxInFlight());
            if (firstFailure == null) {
                firstFailure = m.firstFailure();
            }
            perRound.add(round1(m.messages() / (m.elapsedNanos() / 1e9)));
            m.responses().forEach((key, count) -> responses.merge(key, count, Long::sum));
        }
        long[] latencies = new long[messages];
        int at = 0;
        for (Measurement m : rounds) {
            System.arraycopy(m.latencyNanos(), 0, latencies, at, m.messages());
            at += m.messages();
        }
        Arrays.sort(latencies);
        return new Result(first.scenario().id(), first.contender(), description, messages,
                round1(messages / (elapsed / 1e9)),
                millis(percentile(latencies, 0.50)), millis(percentile(latencies, 0.99)),
                millis(latencies[latencies.length - 1]),
                tokens, error66, retries, clientBytes / messages, liveThreadBytes / messages, ratioToA, failures,
                delivered, maxInFlight,
                round1((processCpu - emulatorCpu) / 1e3 / messages), round1(emulatorCpu / 1e3 / messages),
                Math.round(processCpu * 100.0 / elapsed / Runtime.getRuntime().availableProcessors()) / 100.0,
                Math.round(threadsStarted * 1000.0 / messages) / 1000.0, rounds.size(), perRound, responses,
                firstFailure);
    }

    Result withRatioToA(Double ratio) {
        return new Result(scenario, contender, contenderDescription, messages, throughput, p50Ms, p99Ms, maxMs,
                tokenRequests, error66, retries, allocatedBytesPerMessage, liveThreadAllocatedBytesPerMessage, ratio,
                failures, delivered, serverMaxInFlight, clientCpuMicrosPerMessage, emulatorCpuMicrosPerMessage,
                cpuUtilization, threadsStartedPerMessage, rounds, throughputPerRound, responses, firstFailure);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
