package dev.camelpardot.benchmark;

import java.util.List;

/**
 * The app's delivery measured as operators run it: one instance on its in-process broker, and three replicas on one
 * standalone Artemis broker, each at 50 and 100 ms per call; and an outage. {@code note} says why figures are missing.
 */
record AppClusterFigures(boolean measured, String note, List<Run> runs, Outage outage) {

    /**
     * One instance count at one latency. A burst of {@code events} measures the rate (first to last accepted); then
     * {@code pacedEvents} posted at 80 % of the ceiling, in ten posts a second, measure the time from queued (the
     * POST answered) to Account Engagement's answer (its arrival there, recorded by the emulator, plus the latency).
     */
    record Run(int instances, int latencyMillis, double ceiling, int events, double eventsPerSecond,
            double ratioToCeiling, double steadyEventsPerSecond, long error66, int maxInFlight, long duplicates, long lost, int pacedEvents,
            double p50Millis, double p99Millis) {
    }

    /** An outage of every call (HTTP 503) with events queued; what it cost and how soon all arrived after it. */
    record Outage(int instances, int outageSeconds, int events, int maxAttempts, long callsDuringOutage,
            long deadLetters, double secondsToDeliverAfterRecovery, long lost) {
    }

    static AppClusterFigures notMeasured(String note) {
        return new AppClusterFigures(false, note, List.of(), null);
    }
}
