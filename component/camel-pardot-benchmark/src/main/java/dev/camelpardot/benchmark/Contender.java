package dev.camelpardot.benchmark;

import java.util.Map;

/**
 * One way of delivering external activities, measured side by side with the others. The harness calls
 * {@link #start} once, then {@link #send} for every message with at most {@link BenchmarkSettings#LANES} messages
 * in flight, then {@link #close}.
 */
interface Contender extends AutoCloseable {

    /** "A", "B" or "C": the column in the results. */
    String id();

    /** What it is, for the results table. */
    String description();

    void start(Target target) throws Exception;

    /**
     * Delivers one message ({@code email} and {@code value}; extension and type come from the target). Calls
     * {@code done} exactly once. Returns true when {@code done} was already called on this thread (Camel's
     * async-processor contract), false when it will be called later, from any thread.
     */
    boolean send(Map<String, Object> body, Completion done);

    /** Backoff retries so far (a retry after a token refresh is not one), over the contender's lifetime. */
    long retries();

    @Override
    void close() throws Exception;

    /** The end of one message. */
    @FunctionalInterface
    interface Completion {
        void done(boolean doneSync, Throwable failure);
    }
}
